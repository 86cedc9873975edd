package com.certadvisor.recommendation;

import java.util.List;

import com.certadvisor.catalog.Certification;

/**
 * The way to one certification: its stages and what the first two years cost.
 *
 * @param certification the certification
 * @param steps from today to holding and keeping it
 * @param costs what everyone pays in the first two years
 * @param ifNeeded costs only some pay, such as a retake; not in the total
 * @param total the sum of the known two-year costs
 * @param totalIsMinimum {@code true} when some cost has no known price, so the real total
 * is higher
 * @param stepCaveats what the summary line of the stages says about their facts
 * @param costCaveats what the summary line of the costs says about their prices
 */
public record Plan(Certification certification, List<PlannedStep> steps, List<CostLine> costs, List<CostLine> ifNeeded,
		int total, boolean totalIsMinimum, Caveats stepCaveats, Caveats costCaveats) {

	public Plan {
		steps = List.copyOf(steps);
		costs = List.copyOf(costs);
		ifNeeded = List.copyOf(ifNeeded);
	}

}
