package com.certadvisor.catalog;

import java.util.Map;

/**
 * What choosing one option adds to each certification's score, and why.
 *
 * @param points points per certification id
 * @param reason the reason shown to the person when this answer decides the result
 */
public record Weight(Map<String, Integer> points, String reason) {

	public Weight {
		points = Checks.map(points, "points");
		reason = Checks.text(reason, "reason");
	}

	public int pointsFor(String certificationId) {
		return this.points.getOrDefault(certificationId, 0);
	}

}
