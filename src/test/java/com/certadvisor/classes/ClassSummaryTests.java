package com.certadvisor.classes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.certadvisor.classes.ClassSummary.Line;
import com.certadvisor.classes.SmallCounts.ShownCount;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.Verdict;
import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ClassSummaryTests {

	private static List<ClassResult> results(int count, Map<String, String> answers, Verdict verdict) {
		return Collections.nCopies(count, new ClassResult(new Answers(answers), verdict));
	}

	@Test
	void countsVerdictsAndEachQuestionsOptionsAndSkips() {
		List<ClassResult> results = new ArrayList<>();
		results.addAll(results(12, Map.of("setting", "outpatient"), Verdict.CPC));
		results.addAll(results(7, Map.of("setting", "inpatient"), Verdict.CCS));
		results.addAll(results(6, Map.of("setting", "unsure"), Verdict.EITHER));

		ClassSummary summary = ClassSummary.of(CATALOG.questions(), results);

		assertThat(summary.results().value()).isEqualTo(25);
		assertThat(summary.verdicts()).extracting(Line::value, (line) -> line.count().value())
			.containsExactly(tuple("CPC", 12), tuple("CCS", 7), tuple("EITHER", 6));
		assertThat(summary.questions()).hasSize(CATALOG.questions().size());
		assertThat(summary.questions().get(0).lines()).extracting(Line::value)
			.containsExactly("outpatient", "inpatient", "unsure", ClassSummary.SKIPPED);
		// Nobody skipped the setting: that 0 is hidden, and so is the next smallest
		// count,
		// which the total would otherwise give away.
		assertThat(summary.questions().get(0).lines()).extracting((line) -> line.count().value())
			.containsExactly(12, 7, null, null);
		assertThat(
				summary.questions().get(1).lines().get(summary.questions().get(1).lines().size() - 1).count().value())
			.as("everyone skipped the role")
			.isEqualTo(25);
	}

	@Test
	void aSmallClassShowsNoCountAtAll() {
		ClassSummary summary = ClassSummary.of(CATALOG.questions(),
				results(4, Map.of("setting", "inpatient"), Verdict.CCS));
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
