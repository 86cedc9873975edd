package com.certadvisor.classes;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of class summaries ({@code cert-advisor.classes.*}).
 *
 * @param retention how long a class and its results are kept: 12 months by default
 * @param maxResults the most results one class holds: 500 by default
 * @param perClassLimit the most results one class takes per {@code limitWindow}: 120, a
 * whole class at once with room to spare
 * @param perClientLimit the most results one client address sends per
 * {@code limitWindow}: 60, since a classroom often shares one school address
 * @param limitWindow the window both limits count over: 10 minutes
 */
@ConfigurationProperties("cert-advisor.classes")
public record ClassSummaryProperties(@DefaultValue("P12M") Period retention, @DefaultValue("500") int maxResults,
		@DefaultValue("120") int perClassLimit, @DefaultValue("60") int perClientLimit,
		@DefaultValue("10m") Duration limitWindow) {

	public ClassSummaryProperties {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("cert-advisor.classes.retention must be positive, not " + retention);
		}
		if (perClassLimit < 1 || perClientLimit < 1 || limitWindow.isNegative() || limitWindow.isZero()) {
			throw new IllegalArgumentException(
					"cert-advisor.classes.per-class-limit, per-client-limit and limit-window must be positive");
		}
		if (maxResults < 1) {
			throw new IllegalArgumentException(
					"cert-advisor.classes.max-results must be at least 1, not " + maxResults);
		}
	}

}
