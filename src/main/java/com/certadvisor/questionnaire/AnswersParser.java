package com.certadvisor.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.Question;

import org.springframework.stereotype.Component;

/**
 * Turns request parameters into {@link Answers}, checking every one against the catalog.
 * An empty value counts as unanswered.
 */
@Component
public class AnswersParser {

	/**
	 * Longer than any option value; anything longer is rejected before it is looked up.
	 */
	static final int MAX_VALUE_LENGTH = 64;

	private final Catalog catalog;

	public AnswersParser(Catalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Parses the parameters of one request.
	 * @param parameters every parameter with all its values, as the request gives them
	 * @return the answers, in questionnaire order
	 * @throws InvalidAnswersException when any parameter is not understood
	 */
	public Answers parse(Map<String, List<String>> parameters) {
		List<AnswerProblem> problems = new ArrayList<>();
		Map<String, String> understood = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			Optional<Question> question = this.catalog.question(name);
			List<String> given = values.stream().filter((value) -> value != null && !value.isEmpty()).toList();
			if (question.isEmpty()) {
				problems.add(new AnswerProblem(AnswerProblem.Kind.UNKNOWN_QUESTION, name, null, null));
			}
			else if (given.size() > 1) {
				problems.add(
						new AnswerProblem(AnswerProblem.Kind.REPEATED, name, String.join(", ", given), question.get()));
			}
			else if (given.size() == 1) {
				check(question.get(), given.get(0), problems, understood);
			}
		});
		Answers answers = inQuestionnaireOrder(understood);
		if (!problems.isEmpty()) {
			throw new InvalidAnswersException(problems, answers);
		}
		return answers;
	}

	private void check(Question question, String value, List<AnswerProblem> problems, Map<String, String> understood) {
		if (value.length() > MAX_VALUE_LENGTH) {
			problems.add(new AnswerProblem(AnswerProblem.Kind.TOO_LONG, question.id(), value, question));
		}
		else if (question.option(value).isEmpty()) {
			problems.add(new AnswerProblem(AnswerProblem.Kind.UNKNOWN_VALUE, question.id(), value, question));
		}
		else {
			understood.put(question.id(), value);
		}
	}

	private Answers inQuestionnaireOrder(Map<String, String> understood) {
		Map<String, String> ordered = new LinkedHashMap<>();
		for (Question question : this.catalog.questions()) {
			String value = understood.get(question.id());
			if (value != null) {
				ordered.put(question.id(), value);
			}
		}
		return new Answers(ordered);
	}

}
