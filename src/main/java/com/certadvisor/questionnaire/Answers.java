package com.certadvisor.questionnaire;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a person has answered so far: question id to option value, in questionnaire order.
 * Unanswered questions are absent. Values are checked against the catalog by
 * {@link AnswersParser}; this record only guards its own shape.
 *
 * @param values answers by question id
 */
public record Answers(Map<String, String> values) {

	private static final Answers NONE = new Answers(Map.of());

	public Answers {
		if (values == null) {
			throw new IllegalArgumentException("values must not be null");
		}
		values.forEach((id, value) -> {
			if (id == null || id.isBlank() || value == null || value.isBlank()) {
				throw new IllegalArgumentException("answers need a question id and a value");
			}
		});
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	public static Answers none() {
		return NONE;
	}

	public Optional<String> get(String questionId) {
		return Optional.ofNullable(this.values.get(questionId));
	}

	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	/** These answers with one more or one changed; order follows insertion. */
	public Answers with(String questionId, String value) {
		Map<String, String> changed = new LinkedHashMap<>(this.values);
		changed.put(questionId, value);
		return new Answers(changed);
	}

	public Answers without(String questionId) {
		Map<String, String> changed = new LinkedHashMap<>(this.values);
		changed.remove(questionId);
		return new Answers(changed);
	}

	/** The answers as a URL query ({@code setting=inpatient&role=unsure}), or "". */
	public String toQuery() {
		return this.values.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	/** {@code path} followed by these answers as its query, if there are any. */
	public String link(String path) {
		return isEmpty() ? path : path + "?" + toQuery();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
