package com.certadvisor.catalog;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Tells which facts may be out of date. A date is judged by the end of the period it
 * names, so "2025" stays fresh as long as December 2025 would.
 */
public class Freshness {

	private final Clock clock;

	private final FreshnessProperties properties;

	public Freshness(Clock clock, FreshnessProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	public boolean isStale(AsOf asOf) {
		return asOf.end().plus(this.properties.maxAge()).isBefore(LocalDate.now(this.clock));
	}

}
