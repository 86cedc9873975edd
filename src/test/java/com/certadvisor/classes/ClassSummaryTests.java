package com.certadvisor.classes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.QuestionnaireContract;
import com.certadvisor.classes.ClassSummary.CommonAnswer;
import com.certadvisor.classes.ClassSummary.Line;
import com.certadvisor.classes.SmallCounts.ShownCount;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.Flip;
import com.certadvisor.recommendation.RuleService;
import com.certadvisor.recommendation.Verdict;
import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.CATALOG;
import static com.certadvisor.Fixtures.CATALOGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ClassSummaryTests {

	private static final Rules RULES = new Rules();

	/** The rules of the real catalog, as the summary asks them. */
	private static final class Rules {

		private final RuleService service = new RuleService(CATALOGS);

		List<Flip> flips(Answers answers) {
			return this.service.recommend(answers).flips();
		}

	}

	private static List<ClassResult> results(int count, Map<String, String> answers, Verdict verdict) {
		return Collections.nCopies(count, new ClassResult(new Answers(answers), verdict));
	}

	@SafeVarargs
	private static ClassSummary summary(List<ClassResult>... groups) {
		return ClassSummary.of(CATALOG.questions(), Stream.of(groups).flatMap(List::stream).toList(), RULES::flips);
	}

	@Test
	void countsVerdictsAndEachQuestionsOptionsAndSkips() {
		List<ClassResult> results = new ArrayList<>();
		results.addAll(results(12, Map.of("setting", "outpatient"), Verdict.CPC));
		results.addAll(results(7, Map.of("setting", "inpatient"), Verdict.CCS));
		results.addAll(results(6, Map.of("setting", "unsure"), Verdict.EITHER));

		ClassSummary summary = ClassSummary.of(CATALOG.questions(), results, RULES::flips);

		assertThat(summary.results().value()).isEqualTo(25);
		assertThat(summary.verdicts()).extracting(Line::value, (line) -> line.count().value())
			.containsExactly(tuple("CPC", 12), tuple("CCS", 7), tuple("EITHER", 6));
		assertThat(summary.questions()).hasSize(CATALOG.questions().size());
		assertThat(summary.questions().get(0).lines()).extracting(Line::value)
			.containsExactly("outpatient", "hospital-outpatient", "inpatient", "health-plan", "unsure",
					ClassSummary.SKIPPED);
		// Nobody chose two of the settings or skipped it: those 0s are hidden; three
		// hidden counts adding up to 0 give none of them away, so the rest are shown.
		assertThat(summary.questions().get(0).lines()).extracting((line) -> line.count().value())
			.containsExactly(12, null, 7, null, 6, null);
		assertThat(
				summary.questions().get(1).lines().get(summary.questions().get(1).lines().size() - 1).count().value())
			.as("everyone skipped the role")
			.isEqualTo(25);
	}

	@Test
	void aFollowUpCountsAsSkippedOnlyByThoseItWasAskedOf() {
		List<ClassResult> results = new ArrayList<>();
		results.addAll(results(6, Map.of("education", "none"), Verdict.CPC));
		results.addAll(results(7, Map.of("education", "credential"), Verdict.EITHER));
		results.addAll(results(5, Map.of("education", "credential", "held", "cpc-a"), Verdict.CPC));

		ClassSummary summary = ClassSummary.of(CATALOG.questions(), results, RULES::flips);

		ClassSummary.QuestionCounts held = summary.questions()
			.stream()
			.filter((question) -> question.question().id().equals("held"))
			.findFirst()
			.orElseThrow();
		assertThat(held.lines().get(0).count().value()).as("cpc-a").isEqualTo(5);
		assertThat(held.lines().get(held.lines().size() - 1).count().value()).as("skipped").isEqualTo(7);
	}

	@Test
	void namesTheAnswersThatWouldMostOftenChangeAVerdictMostCommonFirst() {
		List<ClassResult> results = new ArrayList<>();
		results.addAll(results(9, Map.of("setting", "unsure"), Verdict.EITHER));
		results.addAll(results(3, Map.of("setting", "outpatient"), Verdict.CPC));

		ClassSummary summary = ClassSummary.of(CATALOG.questions(), results, RULES::flips);

		assertThat(summary.changes()).hasSizeLessThanOrEqualTo(ClassSummary.MOST_COMMON).isNotEmpty();
		List<Integer> shown = summary.changes()
			.stream()
			.map((change) -> change.count().hidden() ? 0 : change.count().value())
			.toList();
		assertThat(shown).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(summary.changes().get(0).count().value()).isGreaterThanOrEqualTo(9);
		assertThat(summary.changes())
			.allSatisfy((change) -> assertThat(RULES.flips(new Answers(Map.of("setting", "unsure")))
				.stream()
				.anyMatch((flip) -> flip.question().id().equals(change.question().id())
						&& flip.option().value().equals(change.option().value())))
				.isTrue());
	}

	@Test
	void namesTheGoalChosenMostOftenAndEveryGoalThatTiesWithIt() {
		ClassSummary summary = summary(results(8, Map.of("goal", "audit-compliance"), Verdict.CPC),
				results(6, Map.of("goal", "lead-manage"), Verdict.CPC),
				results(8, Map.of("goal", "specialize-inpatient"), Verdict.CCS));

		CommonAnswer goal = summary.mostCommon(QuestionnaireContract.GOAL).orElseThrow();
		assertThat(goal.options()).extracting(Option::value)
			.containsExactly("specialize-inpatient", "audit-compliance");
		assertThat(goal.count()).isEqualTo(8);
		assertThat(goal.amongShown()).as("two goals nobody chose are hidden").isTrue();
		assertThat(summary.mostCommon("no-such-question")).isEmpty();
	}

	@Test
	void saysTheGoalWasComparedOverEveryAnswerWhenNoneIsHidden() {
		ClassSummary summary = summary(results(6, Map.of("goal", "specialize-outpatient"), Verdict.CPC),
				results(5, Map.of("goal", "specialize-inpatient"), Verdict.CCS),
				results(5, Map.of("goal", "audit-compliance"), Verdict.CPC),
				results(5, Map.of("goal", "lead-manage"), Verdict.CPC),
				results(5, Map.of("goal", "unsure"), Verdict.EITHER),
				// Five skipped it too: with a 0 alone hidden, another count would be.
				results(5, Map.of("setting", "inpatient"), Verdict.CCS));

		CommonAnswer goal = summary.mostCommon(QuestionnaireContract.GOAL).orElseThrow();
		assertThat(goal.options()).extracting(Option::value).containsExactly("specialize-outpatient");
		assertThat(goal.amongShown()).isFalse();
	}

	@Test
	void namesNoGoalWhenEveryGoalsCountIsHidden() {
		// Skipping the goal is the most common answer, but no goal.
		ClassSummary summary = summary(results(4, Map.of("goal", "audit-compliance"), Verdict.CPC),
				results(2, Map.of("goal", "lead-manage"), Verdict.CPC),
				results(9, Map.of("setting", "inpatient"), Verdict.CCS));

		assertThat(summary.mostCommon(QuestionnaireContract.GOAL)).isEmpty();
	}

	@Test
	void aSmallClassShowsNoCountAtAll() {
		ClassSummary summary = ClassSummary.of(CATALOG.questions(),
				results(4, Map.of("setting", "inpatient"), Verdict.CCS), RULES::flips);
		assertThat(summary.results().hidden()).isTrue();
		assertThat(summary.verdicts()).allMatch((line) -> line.count().hidden());
		assertThat(summary.questions()).allSatisfy(
				(question) -> assertThat(question.lines()).extracting(Line::count).allMatch(ShownCount::hidden));
	}

	@Test
	void keepsNoCounselorMarksOfTheAnswers() {
		ClassResult result = new ClassResult(
				new Answers(Map.of("setting", "inpatient"), Map.of("setting", "inpatient")), Verdict.CCS);
		assertThat(result.answers().suggested()).isEmpty();
	}

}
