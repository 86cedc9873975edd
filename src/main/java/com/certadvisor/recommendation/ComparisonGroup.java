package com.certadvisor.recommendation;

import java.util.List;

/**
 * A titled group of rows in the side-by-side table.
 *
 * @param title the group's heading, or {@code null} for the differences-only view
 * @param lines its rows
 */
public record ComparisonGroup(String title, List<ComparisonLine> lines) {

	public ComparisonGroup {
		lines = List.copyOf(lines);
	}

}
