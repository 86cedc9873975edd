package com.certadvisor.recommendation;

import com.certadvisor.catalog.CostItem;
import org.jspecify.annotations.Nullable;

/**
 * A cost as the two-year cost table shows it, with its source resolved.
 *
 * @param id its stable id, such as {@code costs.CPC[0]}
 * @param item the cost
 * @param provenance where its price comes from and how sure it is
 */
public record CostLine(String id, CostItem item, Provenance provenance) {

	/** What it costs over two years, or {@code null} when no source gives a price. */
	public @Nullable Integer twoYearAmount() {
		return this.item.twoYearAmount();
	}

	/**
	 * For a price given as a range, its high end over two years; otherwise {@code null}.
	 */
	public @Nullable Integer twoYearUpTo() {
		return this.item.twoYearUpTo();
	}

}
