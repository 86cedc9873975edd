package com.certadvisor.api;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import com.certadvisor.classes.ClassSummary;
import com.certadvisor.classes.SmallCounts;
import com.certadvisor.classes.SmallCounts.ShownCount;
import com.certadvisor.classes.StoredClass;
import org.jspecify.annotations.Nullable;

/**
 * A class summary's aggregates, as the page shows them. A count is {@code null} where the
 * page says "fewer than 5": below {@code hiddenBelow}, or hidden because it could be
 * worked out from the others.
 *
 * @param id the class id, as in the students' link
 * @param label the counselor's label, or {@code null}
 * @param startedOn the day the class was started
 * @param expiresOn the day the class and its results are deleted
 * @param hiddenBelow counts below this are never given
 * @param results how many results the class holds
 * @param verdicts per recommendation: CPC, CCS or EITHER
 * @param questions per question, per option value; {@code answer} is {@code null} for
 * those who skipped it
 * @param changes the answers that would most often change a student's recommendation
 */
record ApiClassSummary(String id, @Nullable String label, LocalDate startedOn, LocalDate expiresOn, int hiddenBelow,
		@Nullable Integer results, List<Count> verdicts, List<QuestionCounts> questions, List<Change> changes) {

	static ApiClassSummary of(StoredClass stored, LocalDate expiresOn, ClassSummary summary,
			UnaryOperator<String> translate) {
		List<Count> verdicts = summary.verdicts()
			.stream()
			.map((line) -> new Count(line.value(), null, count(line.count())))
			.toList();
		List<QuestionCounts> questions = summary.questions()
			.stream()
			.map((counts) -> new QuestionCounts(counts.question().id(), translate.apply(counts.question().text()),
					counts.lines()
						.stream()
						.map((line) -> ClassSummary.SKIPPED.equals(line.value())
								? new Count(null, null, count(line.count()))
								: new Count(line.value(),
										translate.apply(counts.question().option(line.value()).orElseThrow().label()),
										count(line.count())))
						.toList()))
			.toList();
		List<Change> changes = summary.changes()
			.stream()
			.map((change) -> new Change(change.question().id(), change.option().value(),
					translate.apply(change.option().label()), count(change.count())))
			.toList();
		return new ApiClassSummary(stored.id(), stored.label(), stored.createdOn(), expiresOn, SmallCounts.THRESHOLD,
				count(summary.results()), verdicts, questions, changes);
	}

	private static @Nullable Integer count(ShownCount count) {
		return count.value();
	}

	/**
	 * One count.
	 *
	 * @param answer the verdict or option value counted, or {@code null} for skipped
	 * @param label the option's label in the request's language, where there is one
	 * @param count how many, or {@code null} if hidden
	 */
	record Count(@Nullable String answer, @Nullable String label, @Nullable Integer count) {

	}

	/**
	 * A question's counts.
	 *
	 * @param question the question id
	 * @param text the question in the request's language
	 * @param answers one count per option, then one for those who skipped it
	 */
	record QuestionCounts(String question, String text, List<Count> answers) {

	}

	/**
	 * An answer that would change some students' recommendation.
	 *
	 * @param question the question id
	 * @param answer the option value
	 * @param label the option's label in the request's language
	 * @param count for how many results, or {@code null} if hidden
	 */
	record Change(String question, String answer, String label, @Nullable Integer count) {

	}

}
