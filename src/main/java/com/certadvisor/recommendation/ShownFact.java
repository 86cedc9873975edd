package com.certadvisor.recommendation;

import com.certadvisor.catalog.AsOf;
import com.certadvisor.catalog.Source;

/**
 * A fact as the comparison shows it, with its source resolved.
 *
 * @param text the statement
 * @param source where it comes from
 * @param asOf when the source says it held
 * @param estimate {@code true} when no official page confirms it
 * @param personalised {@code true} when it was picked for the person's membership answer
 * @param stale {@code true} when its as-of date is older than the freshness limit
 */
public record ShownFact(String text, Source source, AsOf asOf, boolean estimate, boolean personalised, boolean stale) {

}
