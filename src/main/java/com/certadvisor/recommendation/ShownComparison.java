package com.certadvisor.recommendation;

import org.jspecify.annotations.Nullable;

/**
 * The comparison as a page shows it: the table, which rows, links to switch between them,
 * and every related credential.
 *
 * @param table the table
 * @param differencesOnly {@code true} when only the rows that differ are shown
 * @param allRowsLink this page with every row
 * @param differencesLink this page with only the rows that differ
 * @param related every related credential, or {@code null} where the page lists only
 * those the answers make relevant
 */
public record ShownComparison(ComparisonTable table, boolean differencesOnly, String allRowsLink,
		String differencesLink, @Nullable RelatedCredentials related) {

}
