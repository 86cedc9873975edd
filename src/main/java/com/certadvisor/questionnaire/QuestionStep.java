package com.certadvisor.questionnaire;

import com.certadvisor.catalog.Question;
import org.jspecify.annotations.Nullable;

/**
 * Everything one question page shows.
 *
 * @param question the question asked
 * @param number its position, from 1
 * @param total how many questions there are
 * @param answers all answers so far, this question's included
 * @param formAction where Continue goes (a path: a GET form sends its own query)
 * @param backLink the page before, with the answers
 * @param skipLink where "skip" goes, with this question left unanswered
 */
public record QuestionStep(Question question, int number, int total, Answers answers, String formAction,
		String backLink, String skipLink) {

	public QuestionStep {
		if (question == null || answers == null || number < 1 || number > total) {
			throw new IllegalArgumentException("a step needs a question, answers and a position within the total");
		}
	}

	/** The value already chosen for this question, or {@code null}. */
	public @Nullable String selected() {
		return this.answers.get(this.question.id()).orElse(null);
	}

	/** Whether the answer chosen for this question is the one the counselor set. */
	public boolean setByCounselor() {
		return this.answers.setByCounselor(this.question.id());
	}

	/** The other answers, which the form carries along as hidden fields. */
	public Answers carried() {
		return this.answers.without(this.question.id());
	}

}
