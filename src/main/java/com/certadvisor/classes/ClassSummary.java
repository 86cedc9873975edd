package com.certadvisor.classes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.Question;
import com.certadvisor.classes.SmallCounts.ShownCount;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.Flip;
import com.certadvisor.recommendation.Verdict;

/**
 * What a counselor learns about a class: how many results, how many leaned each way, and
 * for each question how many chose each option or skipped it when it was asked. Every
 * count passes through {@link SmallCounts}, so no student can be picked out. Plain Java,
 * no web types.
 *
 * @param results how many results the class holds
 * @param verdicts per verdict, in the order of {@link Verdict}
 * @param questions per question, in questionnaire order
 * @param changes the answers that would most often change a student's verdict, most
 * common first: what a counselor might talk about next
 */
public record ClassSummary(ShownCount results, List<Line> verdicts, List<QuestionCounts> questions,
		List<Change> changes) {

	/** How many of the most common "what would change it" answers a summary names. */
	public static final int MOST_COMMON = 5;

	/** The line of a question's counts for results that left it unanswered. */
	public static final String SKIPPED = "";

	public ClassSummary {
		verdicts = List.copyOf(verdicts);
		questions = List.copyOf(questions);
		changes = List.copyOf(changes);
	}

	/**
	 * The answers to {@code questionId} chosen most often among the counts shown, all of
	 * them when several tie; empty when every count is hidden or the question is not in
	 * the summary. A hidden count may be as large (one hidden only so that it cannot be
	 * worked out), so the answer says whether some were hidden rather than guess.
	 */
	public Optional<CommonAnswer> mostCommon(String questionId) {
		for (QuestionCounts counts : this.questions) {
			if (counts.question().id().equals(questionId)) {
				List<Line> answered = counts.lines().stream().filter((line) -> !line.value().equals(SKIPPED)).toList();
				List<Line> shown = answered.stream().filter((line) -> line.count().value() != null).toList();
				int most = shown.stream()
					.mapToInt((line) -> Objects.requireNonNull(line.count().value()))
					.max()
					.orElse(0);
				List<Option> options = shown.stream()
					.filter((line) -> Objects.equals(line.count().value(), most))
					.flatMap((line) -> counts.question().option(line.value()).stream())
					.toList();
				return options.isEmpty() ? Optional.empty()
						: Optional.of(new CommonAnswer(options, most, shown.size() < answered.size()));
			}
		}
		return Optional.empty();
	}

	/**
	 * The summary of {@code results} over {@code questionnaire}.
	 * @param flips the single changed answers that would change the verdict of some
	 * answers, as the rules work them out
	 */
	static ClassSummary of(List<Question> questionnaire, Collection<ClassResult> results,
			Function<Answers, List<Flip>> flips) {
		List<Integer> verdictCounts = new ArrayList<>();
		for (Verdict verdict : Verdict.values()) {
			verdictCounts.add((int) results.stream().filter((result) -> result.verdict() == verdict).count());
		}
		List<ShownCount> shownVerdicts = SmallCounts.group(verdictCounts);
		List<Line> verdicts = new ArrayList<>();
		for (int i = 0; i < Verdict.values().length; i++) {
			verdicts.add(new Line(Verdict.values()[i].name(), shownVerdicts.get(i)));
		}
		List<QuestionCounts> questions = questionnaire.stream().map((question) -> counts(question, results)).toList();
		return new ClassSummary(SmallCounts.total(results.size()), verdicts, questions, changes(results, flips));
	}

	private static List<Change> changes(Collection<ClassResult> results, Function<Answers, List<Flip>> flips) {
		Map<String, Flip> flipsByAnswer = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (ClassResult result : results) {
			for (Flip flip : flips.apply(result.answers())) {
				String answer = flip.question().id() + "=" + flip.option().value();
				flipsByAnswer.putIfAbsent(answer, flip);
				counts.merge(answer, 1, Integer::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(MOST_COMMON)
			.map((entry) -> {
				Flip flip = Objects.requireNonNull(flipsByAnswer.get(entry.getKey()));
				return new Change(flip.question(), flip.option(), SmallCounts.total(entry.getValue()));
			})
			.toList();
	}

	private static QuestionCounts counts(Question question, Collection<ClassResult> results) {
		List<String> values = new ArrayList<>(question.options().stream().map(Option::value).toList());
		List<Integer> counts = new ArrayList<>();
		for (String value : values) {
			counts.add((int) results.stream()
				.filter((result) -> value.equals(result.answers().get(question.id()).orElse(null)))
				.count());
		}
		// a follow-up nobody asked a student is no skip of theirs
		counts.add((int) results.stream()
			.filter((result) -> result.answers().get(question.id()).isEmpty()
					&& question.appliesTo(result.answers().values()))
			.count());
		values.add(SKIPPED);
		List<ShownCount> shown = SmallCounts.group(counts);
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			lines.add(new Line(values.get(i), shown.get(i)));
		}
		return new QuestionCounts(question, lines);
	}

	/**
	 * An answer that would change some students' verdicts.
	 *
	 * @param question the question
	 * @param option the answer that would change them
	 * @param count for how many results, as it may be shown
	 */
	public record Change(Question question, Option option, ShownCount count) {

	}

	/**
	 * The answers most often chosen to a question.
	 *
	 * @param options the answers, several when they tie
	 * @param count how many chose each, a count that is shown
	 * @param amongShown whether other answers' counts are hidden, so only the shown ones
	 * were compared
	 */
	public record CommonAnswer(List<Option> options, int count, boolean amongShown) {

		public CommonAnswer {
			options = List.copyOf(options);
		}

	}

	/**
	 * One count of a summary.
	 *
	 * @param value what was counted: a verdict, an option value, or {@link #SKIPPED}
	 * @param count how many, as it may be shown
	 */
	public record Line(String value, ShownCount count) {

	}

	/**
	 * A question's counts: one line per option, then one for those who skipped it.
	 *
	 * @param question the question
	 * @param lines the counts, in the question's option order
	 */
	public record QuestionCounts(Question question, List<Line> lines) {

		public QuestionCounts {
			lines = List.copyOf(lines);
		}

	}

}
