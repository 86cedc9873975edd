package com.certadvisor.catalog;

import java.util.List;

/**
 * A titled group of comparison rows.
 *
 * @param id a stable id for the group
 * @param title the group's heading
 * @param rows its rows, in display order
 */
public record ComparisonSection(String id, String title, List<ComparisonRow> rows) {

	public ComparisonSection {
		id = Checks.text(id, "id");
		title = Checks.text(title, "title");
		rows = Checks.list(rows, "rows");
	}

}
