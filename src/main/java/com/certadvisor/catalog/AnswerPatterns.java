package com.certadvisor.catalog;

import java.util.List;
import java.util.Map;

/**
 * Answer patterns as the catalog writes them: a list of patterns, each naming questions
 * and the values that match. The list matches when any pattern does, and a pattern
 * matches when every question it names was answered with one of its values.
 */
final class AnswerPatterns {

	private AnswerPatterns() {
	}

	/** An unmodifiable copy; {@code null} is no patterns. */
	static List<Map<String, List<String>>> copy(List<Map<String, List<String>>> patterns) {
		return (patterns != null) ? patterns.stream().map(Map::copyOf).toList() : List.of();
	}

	/**
	 * Whether {@code answers} match any of {@code patterns} and none of {@code unless}:
	 * what a suggestion that a held credential can rule out asks.
	 */
	static boolean match(List<Map<String, List<String>>> patterns, List<Map<String, List<String>>> unless,
			Map<String, String> answers) {
		return match(patterns, answers) && !match(unless, answers);
	}

	/** Whether {@code answers} (question id to value) match any of {@code patterns}. */
	static boolean match(List<Map<String, List<String>>> patterns, Map<String, String> answers) {
		return patterns.stream()
			.anyMatch((pattern) -> pattern.entrySet()
				.stream()
				.allMatch((condition) -> condition.getValue().contains(answers.get(condition.getKey()))));
	}

}
