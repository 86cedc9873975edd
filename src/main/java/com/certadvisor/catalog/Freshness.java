package com.certadvisor.catalog;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Tells which facts may be out of date: those past the shelf life of their kind. A date
 * is judged by the end of the period it names, so "2025" stays fresh as long as December
 * 2025 would.
 */
public class Freshness {

	private final Clock clock;

	public Freshness(Clock clock) {
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether {@code fact}, of {@code catalog}, is past the shelf life of its kind. */
	public boolean isStale(Catalog catalog, Sourced fact) {
		return catalog.kind(fact.kind()).isStale(fact.asOf(), today());
	}

}
