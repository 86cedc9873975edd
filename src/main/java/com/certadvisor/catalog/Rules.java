package com.certadvisor.catalog;

import java.util.Map;

/**
 * The scoring rules.
 *
 * @param threshold the verdict is EITHER when the margin between the scores is below this
 * @param weights per question id, per option value, what that answer is worth
 */
public record Rules(Integer threshold, Map<String, Map<String, Weight>> weights) {

	public Rules {
		if (threshold == null || threshold < 0) {
			throw new IllegalArgumentException("'threshold' must be a whole number of 0 or more");
		}
		weights = Checks.map(weights, "weights");
	}

	/** The weight of an answer; the catalog's check gives every option one. */
	public Weight weight(String questionId, String value) {
		Weight weight = this.weights.getOrDefault(questionId, Map.of()).get(value);
		if (weight == null) {
			throw new IllegalStateException("No weight for " + questionId + "=" + value);
		}
		return weight;
	}

}
