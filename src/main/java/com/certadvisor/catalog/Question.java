package com.certadvisor.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One question of the questionnaire.
 *
 * @param id the public id used in links (part of the questionnaire contract)
 * @param text the question as asked
 * @param help an optional explanation shown under the question, or {@code null}
 * @param options the answers it offers, in display order
 * @param askedWhen answer patterns to earlier questions that make it worth asking (a
 * follow-up such as which credential a person holds); empty when it is always asked
 */
public record Question(String id, String text, String help, List<Option> options,
		List<Map<String, List<String>>> askedWhen) {

	public Question {
		id = Checks.text(id, "id");
		text = Checks.text(text, "text");
		help = Checks.optionalText(help);
		options = Checks.list(options, "options");
		askedWhen = AnswerPatterns.copy(askedWhen);
	}

	public Optional<Option> option(String value) {
		return this.options.stream().filter((option) -> option.value().equals(value)).findFirst();
	}

	/** Whether it follows from nothing, or from one of {@code answers}' questions. */
	public boolean isFollowUp() {
		return !this.askedWhen.isEmpty();
	}

	/** Whether {@code answers} (question id to value) make it worth asking. */
	public boolean appliesTo(Map<String, String> answers) {
		return this.askedWhen.isEmpty() || AnswerPatterns.match(this.askedWhen, answers);
	}

	/**
	 * Whether it is asked of someone who answered {@code answers}: when they call for it,
	 * or when it is answered anyway, as a link may do.
	 */
	public boolean askedOf(Map<String, String> answers) {
		return appliesTo(answers) || answers.containsKey(this.id);
	}

	/** Whether whether it is asked turns on the answer to {@code questionId}. */
	public boolean followsFrom(String questionId) {
		return this.askedWhen.stream().anyMatch((pattern) -> pattern.containsKey(questionId));
	}

}
