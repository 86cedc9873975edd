package com.certadvisor.questionnaire;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.certadvisor.codes.ClassIds;
import org.jspecify.annotations.Nullable;

/**
 * What a person has answered so far: question id to option value, in questionnaire order.
 * Unanswered questions are absent. Values are checked against the catalog by
 * {@link AnswersParser}; this record only guards its own shape.
 *
 * @param values answers by question id
 * @param suggested the answers a counselor's link pre-filled, kept so the pages can mark
 * them "set by your counselor" for as long as the person keeps them
 * @param classId the class summary a counselor's link names, carried so the result can
 * offer to add itself to it, or ""
 * @param state the person's state as a two-letter USPS code in upper case, carried so the
 * result can link to local pages, or ""; it changes no verdict and is never stored
 */
public record Answers(Map<String, String> values, Map<String, String> suggested, String classId, String state) {

	/** The parameter that carries a counselor's suggestions through every link. */
	public static final String COUNSELOR = "counselor";

	/** The parameter that carries the person's state through every link. */
	public static final String STATE = "state";

	private static final Answers NONE = new Answers(Map.of());

	public Answers {
		values = checkedCopy(values);
		suggested = checkedCopy(suggested);
		if (classId == null || !(classId.isEmpty() || ClassIds.isId(classId))) {
			throw new IllegalArgumentException("a class id is ten base-32 symbols, or none");
		}
		if (state == null || !(state.isEmpty() || state.matches("[A-Z]{2}"))) {
			throw new IllegalArgumentException("a state is a two-letter code in upper case, or none");
		}
	}

	public Answers(Map<String, String> values, Map<String, String> suggested) {
		this(values, suggested, "", "");
	}

	public Answers(Map<String, String> values) {
		this(values, Map.of());
	}

	private static Map<String, String> checkedCopy(Map<String, String> answers) {
		if (answers == null) {
			throw new IllegalArgumentException("answers must not be null");
		}
		if (answers instanceof Checked) {
			return answers;
		}
		answers.forEach(Answers::check);
		return new Checked(new LinkedHashMap<>(answers));
	}

	private static void check(String questionId, String value) {
		if (questionId == null || questionId.isBlank() || value == null || value.isBlank()) {
			throw new IllegalArgumentException("answers need a question id and a value");
		}
	}

	/** Whether the answer to {@code questionId} is the one the person's counselor set. */
	public boolean setByCounselor(String questionId) {
		String suggestion = this.suggested.get(questionId);
		return suggestion != null && suggestion.equals(this.values.get(questionId));
	}

	/**
	 * The suggestions as the {@code counselor} parameter's value, or "" when there are
	 * none.
	 */
	public String suggestedParameter() {
		return this.suggested.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ":" + entry.getValue())
			.collect(Collectors.joining(","));
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
		check(questionId, value);
		LinkedHashMap<String, String> changed = new LinkedHashMap<>(this.values);
		changed.put(questionId, value);
		return new Answers(new Checked(changed), this.suggested, this.classId, this.state);
	}

	public Answers without(String questionId) {
		LinkedHashMap<String, String> changed = new LinkedHashMap<>(this.values);
		changed.remove(questionId);
		return new Answers(new Checked(changed), this.suggested, this.classId, this.state);
	}

	/**
	 * These answers without those to {@code questionIds}; the same answers if none is
	 * given.
	 */
	public Answers without(Collection<String> questionIds) {
		if (questionIds.stream().noneMatch(this.values::containsKey)) {
			return this;
		}
		LinkedHashMap<String, String> changed = new LinkedHashMap<>(this.values);
		changed.keySet().removeAll(questionIds);
		return new Answers(new Checked(changed), this.suggested, this.classId, this.state);
	}

	/**
	 * These answers with {@code state}, a code the catalog knows, or with none for "".
	 */
	public Answers inState(String state) {
		return new Answers(this.values, this.suggested, this.classId, state);
	}

	/** Whether a state was given. */
	public boolean hasState() {
		return !this.state.isEmpty();
	}

	/** Whether these answers came through a class summary's link. */
	public boolean inClass() {
		return !this.classId.isEmpty();
	}

	/** The answers alone: no counselor's suggestions, no class, no state. */
	public Answers only() {
		return new Answers(this.values);
	}

	/**
	 * The answers, any counselor's suggestions, any class and any state, as a URL query
	 * ({@code setting=inpatient&role=unsure}), or "".
	 */
	public String toQuery() {
		Stream<String> answers = this.values.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()));
		Stream<String> suggestions = this.suggested.isEmpty() ? Stream.empty()
				: Stream.of(COUNSELOR + "=" + encode(suggestedParameter()));
		Stream<String> inClass = inClass() ? Stream.of(ClassIds.PARAMETER + "=" + this.classId) : Stream.empty();
		Stream<String> inState = hasState() ? Stream.of(STATE + "=" + this.state) : Stream.empty();
		return Stream.of(answers, suggestions, inClass, inState)
			.flatMap((part) -> part)
			.collect(Collectors.joining("&"));
	}

	/** {@code path} followed by these answers as its query, if there are any. */
	public String link(String path) {
		String query = toQuery();
		return query.isEmpty() ? path : path + "?" + query;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * Answers already checked, owned by no one else and read-only: the page tries every
	 * other option of every question, and each try would otherwise check and copy every
	 * answer twice more.
	 */
	private static final class Checked extends AbstractMap<String, String> {

		private final Map<String, String> entries;

		private Checked(LinkedHashMap<String, String> entries) {
			this.entries = Collections.unmodifiableMap(entries);
		}

		@Override
		public Set<Entry<String, String>> entrySet() {
			return this.entries.entrySet();
		}

		@Override
		public @Nullable String get(Object key) {
			return this.entries.get(key);
		}

		@Override
		public boolean containsKey(Object key) {
			return this.entries.containsKey(key);
		}

		@Override
		public int size() {
			return this.entries.size();
		}

	}

}
