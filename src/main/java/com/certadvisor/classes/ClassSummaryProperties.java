package com.certadvisor.classes;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of class summaries ({@code cert-advisor.classes.*}).
 *
 * @param retention how long a class and its results are kept: 12 months by default
 * @param maxResults the most results one class holds: 500 by default
 */
@ConfigurationProperties("cert-advisor.classes")
public record ClassSummaryProperties(@DefaultValue("P12M") Period retention, @DefaultValue("500") int maxResults) {

	public ClassSummaryProperties {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("cert-advisor.classes.retention must be positive, not " + retention);
		}
		if (maxResults < 1) {
			throw new IllegalArgumentException(
					"cert-advisor.classes.max-results must be at least 1, not " + maxResults);
		}
	}

}
