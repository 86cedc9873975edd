package com.certadvisor.questionnaire;

import java.util.List;

/**
 * A link whose answers could not all be understood. Carries the answers that were
 * understood, so the error page can link back with them kept.
 */
public class InvalidAnswersException extends RuntimeException {

	private final List<AnswerProblem> problems;

	private final Answers validAnswers;

	InvalidAnswersException(List<AnswerProblem> problems, Answers validAnswers) {
		super(problems.size() + " answer(s) not understood");
		this.problems = List.copyOf(problems);
		this.validAnswers = validAnswers;
	}

	public List<AnswerProblem> getProblems() {
		return this.problems;
	}

	public Answers getValidAnswers() {
		return this.validAnswers;
	}

}
