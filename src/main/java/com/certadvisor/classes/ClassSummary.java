package com.certadvisor.classes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.Question;
import com.certadvisor.classes.SmallCounts.ShownCount;
import com.certadvisor.recommendation.Verdict;

/**
 * What a counselor learns about a class: how many results, how many leaned each way, and
 * for each question how many chose each option or skipped it. Every count passes through
 * {@link SmallCounts}, so no student can be picked out. Plain Java, no web types.
 *
 * @param results how many results the class holds
 * @param verdicts per verdict, in the order of {@link Verdict}
 * @param questions per question, in questionnaire order
 */
public record ClassSummary(ShownCount results, List<Line> verdicts, List<QuestionCounts> questions) {

	/** The line of a question's counts for results that left it unanswered. */
	public static final String SKIPPED = "";

	public ClassSummary {
		verdicts = List.copyOf(verdicts);
		questions = List.copyOf(questions);
	}

	/** The summary of {@code results} over {@code questionnaire}. */
	public static ClassSummary of(List<Question> questionnaire, Collection<ClassResult> results) {
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
		return new ClassSummary(SmallCounts.total(results.size()), verdicts, questions);
	}

	private static QuestionCounts counts(Question question, Collection<ClassResult> results) {
		List<String> values = new ArrayList<>(question.options().stream().map(Option::value).toList());
		List<Integer> counts = new ArrayList<>();
		for (String value : values) {
			counts.add((int) results.stream()
				.filter((result) -> value.equals(result.answers().get(question.id()).orElse(null)))
				.count());
		}
		counts.add((int) results.stream().filter((result) -> result.answers().get(question.id()).isEmpty()).count());
		values.add(SKIPPED);
		List<ShownCount> shown = SmallCounts.group(counts);
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			lines.add(new Line(values.get(i), shown.get(i)));
		}
		return new QuestionCounts(question, lines);
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
