package com.certadvisor.recommendation;

import java.util.List;

import com.certadvisor.catalog.Certification;
import org.jspecify.annotations.Nullable;

/**
 * The side-by-side table as a page shows it. Rendered once per distinct content, so it
 * holds no page links.
 *
 * @param groups the rows, in groups
 * @param recommended the id of the recommended certification, or {@code null}
 * @param cpc the CPC column
 * @param ccs the CCS column
 */
public record ComparisonTable(List<ComparisonGroup> groups, @Nullable String recommended, Certification cpc,
		Certification ccs) {

	public ComparisonTable {
		groups = List.copyOf(groups);
	}

	public List<Certification> columns() {
		return List.of(this.cpc, this.ccs);
	}

}
