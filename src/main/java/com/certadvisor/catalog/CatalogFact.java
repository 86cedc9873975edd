package com.certadvisor.catalog;

/**
 * A fact of the catalog with its place in it, whichever part it belongs to: a comparison
 * cell, a related credential, a path step or a cost.
 *
 * @param id a short, stable name for it, as the fact check writes them
 * ({@code exam-fee.CPC[0]}, {@code paths.CCS[2]}, {@code costs.CPC[1]},
 * {@code related.CCA})
 * @param path its JSON path in the catalog file
 * @param text what it says, in the catalog's English
 * @param fact its source, date, kind and certainty
 */
public record CatalogFact(String id, String path, String text, Sourced fact) {

}
