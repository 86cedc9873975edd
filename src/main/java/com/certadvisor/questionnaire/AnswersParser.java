package com.certadvisor.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.TypedText;
import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.Question;
import com.certadvisor.codes.ClassIds;

import org.springframework.stereotype.Component;

/**
 * Turns request parameters into {@link Answers}, checking every one against the catalog.
 * A blank value counts as unanswered; values are read without regard to case or the
 * spaces around them, and kept as the catalog writes them.
 */
@Component
public class AnswersParser {

	/**
	 * Longer than any option value; anything longer is rejected before it is looked up.
	 */
	static final int MAX_VALUE_LENGTH = 64;

	/**
	 * Parameters that change how a page shows, not what was answered; checked where used.
	 */
	public static final Set<String> DISPLAY_PARAMETERS = Set.of("view", "lang", "edition", "start", "cert", "plan");

	private final CatalogSource catalogs;

	public AnswersParser(CatalogSource catalogs) {
		this.catalogs = catalogs;
	}

	/**
	 * Parses the parameters of one request.
	 * @param parameters every parameter with all its values, as the request gives them
	 * @return the answers, in questionnaire order
	 * @throws InvalidAnswersException when any parameter is not understood
	 */
	public Answers parse(Map<String, List<String>> parameters) {
		Catalog catalog = this.catalogs.current();
		List<AnswerProblem> problems = new ArrayList<>();
		Map<String, String> understood = new LinkedHashMap<>();
		Map<String, String> suggested = new LinkedHashMap<>();
		StringBuilder classId = new StringBuilder();
		StringBuilder state = new StringBuilder();
		parameters.forEach((name, values) -> {
			if (DISPLAY_PARAMETERS.contains(name)) {
				return;
			}
			if (ClassIds.PARAMETER.equals(name)) {
				carried(values, ClassIds::read, AnswerProblem.Kind.BAD_CLASS, List.of(), name, problems, classId);
				return;
			}
			if (Answers.STATE.equals(name)) {
				carried(values, catalog.local()::state, AnswerProblem.Kind.BAD_STATE, catalog.local().states(), name,
						problems, state);
				return;
			}
			if (Answers.COUNSELOR.equals(name)) {
				suggestions(catalog, values, problems, suggested);
				return;
			}
			Optional<Question> question = catalog.question(name);
			List<String> given = values.stream().filter((value) -> value != null && !normal(value).isEmpty()).toList();
			if (question.isEmpty()) {
				problems.add(new AnswerProblem(AnswerProblem.Kind.UNKNOWN_QUESTION, name, null, null, List.of()));
			}
			else if (given.size() > 1) {
				problems.add(new AnswerProblem(AnswerProblem.Kind.REPEATED, name, String.join(", ", given),
						question.get(), List.of()));
			}
			else if (given.size() == 1) {
				check(question.get(), given.get(0), problems, understood);
			}
		});
		Answers answers = new Answers(inQuestionnaireOrder(catalog, understood),
				inQuestionnaireOrder(catalog, suggested), classId.toString(), state.toString());
		if (!problems.isEmpty()) {
			throw new InvalidAnswersException(problems, answers);
		}
		return answers;
	}

	private void check(Question question, String value, List<AnswerProblem> problems, Map<String, String> understood) {
		if (value.length() > MAX_VALUE_LENGTH) {
			problems.add(new AnswerProblem(AnswerProblem.Kind.TOO_LONG, question.id(), value, question, List.of()));
			return;
		}
		question.option(normal(value))
			.ifPresentOrElse((option) -> understood.put(question.id(), option.value()), () -> problems
				.add(new AnswerProblem(AnswerProblem.Kind.UNKNOWN_VALUE, question.id(), value, question, List.of())));
	}

	/**
	 * A value as option values are written: {@code Inpatient } pasted from a document
	 * reads as {@code inpatient}.
	 */
	static String normal(String value) {
		return TypedText.trimmed(value).toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads what a link carries beside the answers, the class or the state, forgiving as
	 * short codes are: {@code read} gives it written as kept, and a blank one names none.
	 */
	private static void carried(List<String> values, Function<String, Optional<String>> read, AnswerProblem.Kind kind,
			List<String> choices, String parameter, List<AnswerProblem> problems, StringBuilder into) {
		List<String> given = values.stream().filter((value) -> value != null && !normal(value).isEmpty()).toList();
		Optional<String> kept = (given.size() == 1) ? read.apply(given.get(0)) : Optional.empty();
		if (kept.isPresent()) {
			into.append(kept.get());
		}
		else if (!given.isEmpty()) {
			problems.add(new AnswerProblem(kind, parameter, String.join(", ", given), null, choices));
		}
	}

	/**
	 * Reads {@code setting:inpatient,role:him-manager}; keeps none unless all are valid.
	 */
	private void suggestions(Catalog catalog, List<String> values, List<AnswerProblem> problems,
			Map<String, String> suggested) {
		String given = String.join(",", values);
		Map<String, String> read = new LinkedHashMap<>();
		boolean valid = values.size() == 1 && given.length() <= MAX_VALUE_LENGTH * 8;
		for (String pair : given.split(",", -1)) {
			String[] parts = pair.strip().split(":", -1);
			String id = (parts.length == 2) ? parts[0] : null;
			Optional<String> value = (id != null)
					? catalog.question(id).flatMap((question) -> question.option(normal(parts[1]))).map(Option::value)
					: Optional.empty();
			valid = valid && value.isPresent() && !read.containsKey(id);
			if (valid) {
				read.put(id, value.get());
			}
		}
		if (valid) {
			suggested.putAll(read);
		}
		else {
			problems
				.add(new AnswerProblem(AnswerProblem.Kind.BAD_SUGGESTIONS, Answers.COUNSELOR, given, null, List.of()));
		}
	}

	private Map<String, String> inQuestionnaireOrder(Catalog catalog, Map<String, String> answers) {
		Map<String, String> ordered = new LinkedHashMap<>();
		for (Question question : catalog.questions()) {
			String value = answers.get(question.id());
			if (value != null) {
				ordered.put(question.id(), value);
			}
		}
		return ordered;
	}

}
