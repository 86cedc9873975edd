package com.certadvisor.catalog;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a fact counts as possibly out of date.
 *
 * @param maxAge how long after its as-of date a fact is trusted, e.g. {@code P18M}
 */
@ConfigurationProperties("cert-advisor.freshness")
public record FreshnessProperties(@DefaultValue("P18M") Period maxAge) {

	public FreshnessProperties {
		if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
			throw new IllegalArgumentException("cert-advisor.freshness.max-age must be a positive period, e.g. P18M");
		}
	}

}
