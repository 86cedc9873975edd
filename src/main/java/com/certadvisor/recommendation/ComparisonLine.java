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

	/**
	 * Whether the two columns say different things; when they do not, the page shows the
	 * facts once, across both.
	 */
	public boolean differs() {
		if (this.cpc.size() != this.ccs.size()) {
			return true;
		}
		for (int i = 0; i < this.cpc.size(); i++) {
			if (!this.cpc.get(i).sameAs(this.ccs.get(i))) {
				return true;
			}
		}
		return false;
	}

}
