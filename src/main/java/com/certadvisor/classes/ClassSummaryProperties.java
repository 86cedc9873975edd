package com.certadvisor.classes;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;

import org.jspecify.annotations.Nullable;

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
 * @param secret the server secret of the opt-in forms' tokens, at least 32 characters;
 * every instance needs the same one, so production sets it from a Secret
 * @param secretFile where a secret is made and kept when none is set: the embedded
 * default, so {@code ./mvnw spring-boot:run} needs nothing
 */
@ConfigurationProperties("cert-advisor.classes")
public record ClassSummaryProperties(@DefaultValue("P12M") Period retention, @DefaultValue("500") int maxResults,
		@DefaultValue("120") int perClassLimit, @DefaultValue("60") int perClientLimit,
		@DefaultValue("10m") Duration limitWindow, @Nullable String secret,
		@DefaultValue("./data/submission-secret") Path secretFile) {

	public ClassSummaryProperties {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("cert-advisor.classes.retention must be positive, not " + retention);
		}
		if (perClassLimit < 1 || perClientLimit < 1 || limitWindow.isNegative() || limitWindow.isZero()) {
			throw new IllegalArgumentException(
					"cert-advisor.classes.per-class-limit, per-client-limit and limit-window must be positive");
		}
		if (secret != null && !secret.isEmpty() && secret.length() < 32) {
			throw new IllegalArgumentException("cert-advisor.classes.secret needs at least 32 characters");
		}
		if (maxResults < 1) {
			throw new IllegalArgumentException(
					"cert-advisor.classes.max-results must be at least 1, not " + maxResults);
		}
	}

}
