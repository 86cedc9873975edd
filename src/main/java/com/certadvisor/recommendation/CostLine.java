package com.certadvisor.recommendation;

import com.certadvisor.catalog.CostItem;
import com.certadvisor.catalog.Source;

/**
 * A cost as the two-year cost table shows it, with its source resolved.
 *
 * @param item the cost
 * @param source where its price comes from
 * @param stale {@code true} when its as-of date is older than the freshness limit
 */
public record CostLine(CostItem item, Source source, boolean stale) {

	/** What it costs over two years, or {@code null} when no source gives a price. */
	public Integer twoYearAmount() {
		return this.item.twoYearAmount();
	}

}
