package com.certadvisor.recommendation;

import java.util.List;

import com.certadvisor.catalog.Certification;

/**
 * What one certification costs in the first two years.
 *
 * @param certification the certification
 * @param costs what everyone pays in the first two years
 * @param ifNeeded costs only some pay, such as a retake; not in the total
 * @param total the sum of the known two-year costs
 * @param totalIsMinimum {@code true} when some cost has no known price, so the real total
 * is higher
 */
public record Costs(Certification certification, List<CostLine> costs, List<CostLine> ifNeeded, int total,
		boolean totalIsMinimum) {

	public Costs {
		costs = List.copyOf(costs);
		ifNeeded = List.copyOf(ifNeeded);
	}

}
