package com.certadvisor.recommendation;

import com.certadvisor.catalog.RelatedCredential;
import com.certadvisor.catalog.Source;

/**
 * A related credential as the page shows it, with its source resolved.
 *
 * @param credential the credential
 * @param source where its line comes from
 * @param stale {@code true} when its as-of date is older than the freshness limit
 */
public record ShownCredential(RelatedCredential credential, Source source, boolean stale) {

}
