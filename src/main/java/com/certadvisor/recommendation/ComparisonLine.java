package com.certadvisor.recommendation;

import java.util.List;

/**
 * One row of the side-by-side table.
 *
 * @param id a stable id for the row
 * @param label what the row compares
 * @param cpc the CPC column
 * @param ccs the CCS column
 */
public record ComparisonLine(String id, String label, List<ShownFact> cpc, List<ShownFact> ccs) {

	public ComparisonLine {
		cpc = List.copyOf(cpc);
		ccs = List.copyOf(ccs);
	}

	/** Whether the two columns say different things. */
	public boolean differs() {
		return !texts(this.cpc).equals(texts(this.ccs));
	}

	private static List<String> texts(List<ShownFact> facts) {
		return facts.stream().map(ShownFact::text).toList();
	}

}
