package com.certadvisor.recommendation;

import java.util.List;
import java.util.stream.Stream;

import com.certadvisor.catalog.Certification;

/**
 * What one certification costs in the first two years, all in, for each way to prepare;
 * the way that fits the person comes first.
 *
 * @param certification the certification
 * @param routes the whole outlay by way to prepare, the one shown first first
 */
public record Costs(Certification certification, List<RouteCosts> routes) {

	public Costs {
		if (routes.isEmpty()) {
			throw new IllegalArgumentException("a certification's costs need at least one route");
		}
		routes = List.copyOf(routes);
	}

	/** The whole outlay by the way that fits the person. */
	public RouteCosts first() {
		return this.routes.get(0);
	}

	/** The other ways to prepare, folded on the page. */
	public List<RouteCosts> others() {
		return this.routes.subList(1, this.routes.size());
	}

	/** The first route's total, or its lower bound when {@link #totalIsMinimum()}. */
	public int total() {
		return first().total();
	}

	/** Whether some cost on the first route has no published price or is a range. */
	public boolean totalIsMinimum() {
		return first().atLeast();
	}

	/** Every cost of every route, each once: what the sources list cites. */
	public List<CostLine> lines() {
		return this.routes.stream()
			.flatMap((route) -> Stream.concat(route.costs().stream(), route.ifNeeded().stream()))
			.distinct()
			.toList();
	}

}
