package com.certadvisor.catalog;

import java.util.List;
import java.util.Map;

/**
 * One row of the side-by-side comparison.
 *
 * @param id a stable id for the row
 * @param label what the row compares
 * @param cells the facts per certification id
 * @param topics the question ids whose answers make this row matter, most telling first
 */
public record ComparisonRow(String id, String label, Map<String, List<Fact>> cells, List<String> topics) {

	public ComparisonRow {
		id = Checks.text(id, "id");
		label = Checks.text(label, "label");
		cells = Checks.map(cells, "cells");
		cells.forEach((certification, facts) -> Checks.list(facts, "cells." + certification));
		topics = (topics != null) ? List.copyOf(topics) : List.of();
	}

}
