package com.certadvisor.api;

import java.util.List;

import com.certadvisor.recommendation.ComparisonGroup;

/**
 * The comparison as the JSON API returns it.
 *
 * @param edition the catalog edition the facts come from
 * @param changes what changed in the facts after the {@code edition} the request named,
 * or every recorded change when it named none
 * @param groups the side-by-side comparison, member prices picked by {@code membership}
 */
record ApiComparison(String edition, List<ApiChange> changes, List<ComparisonGroup> groups) {

}
