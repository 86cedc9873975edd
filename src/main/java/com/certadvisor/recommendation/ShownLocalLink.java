package com.certadvisor.recommendation;

import com.certadvisor.catalog.LocalLink;

/**
 * A local link as a page shows it: its address for the person's state, and where it comes
 * from.
 *
 * @param link the link in the catalog
 * @param href its address for the state
 * @param provenance its source, date and certainty
 */
public record ShownLocalLink(LocalLink link, String href, Provenance provenance) {

}
