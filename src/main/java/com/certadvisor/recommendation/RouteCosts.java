package com.certadvisor.recommendation;

import java.util.List;
import java.util.Objects;

import com.certadvisor.catalog.CostRoute;

/**
 * The whole two-year outlay for one credential by one way to prepare: the exam, dues and
 * renewal everyone pays, and the training that route adds.
 *
 * @param route the way to prepare
 * @param costs what everyone on this route pays
 * @param ifNeeded costs only some pay, such as a retake; not in the total
 */
public record RouteCosts(CostRoute route, List<CostLine> costs, List<CostLine> ifNeeded) {

	public RouteCosts {
		costs = List.copyOf(costs);
		ifNeeded = List.copyOf(ifNeeded);
	}

	/** The sum of the known amounts, ranges at their low end. */
	public int total() {
		return this.costs.stream()
			.map(CostLine::twoYearAmount)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.sum();
	}

	/**
	 * Whether the real total is higher than {@link #total()} may say: some cost has no
	 * published price, or is a range.
	 */
	public boolean atLeast() {
		return this.costs.stream().anyMatch((line) -> line.item().atLeast());
	}

}
