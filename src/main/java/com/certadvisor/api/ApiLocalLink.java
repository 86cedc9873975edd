package com.certadvisor.api;

import com.certadvisor.recommendation.Provenance;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An official page for the request's state, in the requested language.
 *
 * @param id its id, such as {@code pay}
 * @param label what it shows
 * @param url its address for the state
 * @param provenance its source, date, kind and certainty
 */
record ApiLocalLink(String id, String label, String url, @JsonUnwrapped Provenance provenance) {

}
