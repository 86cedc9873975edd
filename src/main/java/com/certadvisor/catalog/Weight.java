package com.certadvisor.catalog;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What choosing one option adds to each certification's score, and why.
 *
 * @param points points per certification id
 * @param reason the reason shown to the person when this answer decides the result
 * @param source the id of the source that says the reason; only a weight that adds no
 * points may go without one, since its reason claims nothing
 */
public record Weight(Map<String, Integer> points, String reason, @Nullable String source) {

	public Weight {
		points = Checks.map(points, "points");
		reason = Checks.text(reason, "reason");
		source = Checks.optionalText(source);
	}

	/** Whether choosing this option adds points to any certification. */
	public boolean leans() {
		return this.points.values().stream().anyMatch((value) -> value != 0);
	}

	public int pointsFor(String certificationId) {
		return this.points.getOrDefault(certificationId, 0);
	}

}
