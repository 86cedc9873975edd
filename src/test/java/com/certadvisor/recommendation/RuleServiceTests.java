package com.certadvisor.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.Question;
import com.certadvisor.catalog.Weight;
import com.certadvisor.questionnaire.Answers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.certadvisor.Fixtures.answers;
import static com.certadvisor.Fixtures.CATALOG;
import static com.certadvisor.Fixtures.CATALOGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link RuleService}, run against the real catalog.
 */
class RuleServiceTests {

	private final RuleService ruleService = new RuleService(CATALOGS);

	private static Weight weight(String questionId, String value) {
		return CATALOG.rules().weight(questionId, value);
	}

	private static int cpcPoints(String questionId, String value) {
		return weight(questionId, value).pointsFor("CPC");
	}

	private static int ccsPoints(String questionId, String value) {
		return weight(questionId, value).pointsFor("CCS");
	}

	private static int lean(String questionId, String value) {
		return cpcPoints(questionId, value) - ccsPoints(questionId, value);
	}

	private static int threshold() {
		return CATALOG.rules().threshold();
	}

	/** The verdict the product brief's rule gives for two scores. */
	private static Verdict expectedVerdict(int cpc, int ccs) {
		if (Math.abs(cpc - ccs) < threshold()) {
			return Verdict.EITHER;
		}
		return (cpc > ccs) ? Verdict.CPC : Verdict.CCS;
	}

	/**
	 * Named answer sets plus a seeded sample of random ones, some questions unanswered.
	 */
	static Stream<Answers> answerSets() {
		List<Answers> sets = new ArrayList<>();
		sets.add(Answers.none());
		sets.add(answers("setting", "outpatient", "experience", "none", "education", "none", "role",
				"outpatient-coder"));
		sets.add(answers("education", "him-degree", "experience", "inpatient", "setting", "inpatient"));
		sets.add(answers("setting", "outpatient", "experience", "inpatient"));
		sets.add(answers("setting", "unsure", "role", "unsure", "goal", "unsure"));
		sets.add(answers("setting", "outpatient", "role", "billing-specialist", "experience", "none", "education",
				"coding-course", "depth", "eager", "timeline", "asap", "goal", "specialize-outpatient", "membership",
				"ahima"));
		Random random = new Random(20240611L);
		for (int i = 0; i < 60; i++) {
			Map<String, String> values = new LinkedHashMap<>();
			for (Question question : CATALOG.questions()) {
				int pick = random.nextInt(question.options().size() + 1);
				if (pick < question.options().size()) {
					values.put(question.id(), question.options().get(pick).value());
				}
			}
			sets.add(new Answers(values));
		}
		return sets.stream();
	}

	private static int expectedCpc(Answers answers) {
		return answers.values().entrySet().stream().mapToInt((e) -> cpcPoints(e.getKey(), e.getValue())).sum();
	}

	private static int expectedCcs(Answers answers) {
		return answers.values().entrySet().stream().mapToInt((e) -> ccsPoints(e.getKey(), e.getValue())).sum();
	}

	@Nested
	class WhatTheSeedSays {

		@ParameterizedTest(name = "{0}={1} alone recommends {2}")
		@CsvSource({ "setting,    outpatient,         CPC", "experience, none,               CPC",
				"education,  none,               CPC", "role,       outpatient-coder,   CPC",
				"role,       billing-specialist, CPC", "role,       coding-auditor,     CPC",
				"setting,    inpatient,          CCS", "education,  him-degree,         CCS",
				"experience, inpatient,          CCS", "role,       inpatient-coder,    CCS",
				"role,       coding-manager,     CCS", "role,       him-manager,        CCS",
				"depth,      eager,              CCS" })
		void singleAnswerAloneGivesTheSeedsVerdict(String questionId, String value, Verdict expected) {
			Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(answers(questionId, value));
			assertThat(recommendation.verdict()).isEqualTo(expected);
			assertThat(recommendation.cpcScore()).isEqualTo(cpcPoints(questionId, value));
			assertThat(recommendation.ccsScore()).isEqualTo(ccsPoints(questionId, value));
			assertThat(recommendation.deciding()).singleElement().satisfies((contribution) -> {
				assertThat(contribution.question().id()).isEqualTo(questionId);
				assertThat(contribution.option().value()).isEqualTo(value);
				assertThat(contribution.favours()).isEqualTo(expected);
				assertThat(contribution.reason()).isEqualTo(weight(questionId, value).reason());
			});
		}

		@Test
		void allUnsureAnswersGiveEitherWithNothingDeciding() {
			Recommendation recommendation = RuleServiceTests.this.ruleService
				.recommend(answers("setting", "unsure", "role", "unsure", "goal", "unsure"));
			assertThat(recommendation.verdict()).isEqualTo(Verdict.EITHER);
			assertThat(recommendation.cpcScore()).isZero();
			assertThat(recommendation.ccsScore()).isZero();
			assertThat(recommendation.margin()).isZero();
			assertThat(recommendation.deciding()).isEmpty();
		}

		@Test
		void noAnswersGiveEitherWithZeroScores() {
			Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(Answers.none());
			assertThat(recommendation.verdict()).isEqualTo(Verdict.EITHER);
			assertThat(recommendation.verdict().certificationId()).isNull();
			assertThat(recommendation.cpcScore()).isZero();
			assertThat(recommendation.ccsScore()).isZero();
			assertThat(recommendation.margin()).isZero();
			assertThat(recommendation.threshold()).isEqualTo(threshold());
			assertThat(recommendation.deciding()).isEmpty();
			assertThat(recommendation.answers()).isEqualTo(Answers.none());
		}

	}

	@Nested
	class Scenarios {

		@Test
		void beginnerWantingAPhysiciansOfficeIsAdvisedCpcBecauseOfTheirStrongestAnswers() {
			Answers answers = answers("setting", "outpatient", "experience", "none", "education", "none", "role",
					"outpatient-coder");
			Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(answers);
			assertThat(recommendation.verdict()).isEqualTo(Verdict.CPC);
			assertThat(recommendation.verdict().certificationId()).isEqualTo("CPC");
			assertThat(recommendation.cpcScore()).isEqualTo(expectedCpc(answers));
			assertThat(recommendation.ccsScore()).isEqualTo(expectedCcs(answers));
			assertThat(recommendation.deciding()).hasSize(RuleService.DECIDING_LIMIT)
				.allSatisfy((contribution) -> assertThat(contribution.favours()).isEqualTo(Verdict.CPC));
			// setting and role weigh most; experience and education tie below them
			assertThat(recommendation.deciding().subList(0, 2)).extracting((c) -> c.question().id())
				.containsExactlyInAnyOrder("setting", "role");
			assertThat(recommendation.deciding().get(2).question().id()).isIn("experience", "education");
			assertThat(recommendation.deciding()).extracting(Contribution::reason)
				.contains(weight("setting", "outpatient").reason(), weight("role", "outpatient-coder").reason());
		}

		@Test
		void himGraduateWithInpatientExperienceIsAdvisedCcs() {
			Answers answers = answers("education", "him-degree", "experience", "inpatient", "setting", "inpatient");
			Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(answers);
			assertThat(recommendation.verdict()).isEqualTo(Verdict.CCS);
			assertThat(recommendation.cpcScore()).isEqualTo(expectedCpc(answers));
			assertThat(recommendation.ccsScore()).isEqualTo(expectedCcs(answers));
			assertThat(recommendation.deciding()).extracting((c) -> c.question().id())
				.containsExactlyInAnyOrder("setting", "experience", "education");
			assertThat(recommendation.deciding()).extracting(Contribution::reason)
				.containsExactlyInAnyOrder(weight("setting", "inpatient").reason(),
						weight("experience", "inpatient").reason(), weight("education", "him-degree").reason());
		}

		@Test
		void opposingAnswersThatCancelOutGiveEither() {
			Answers answers = answers("setting", "outpatient", "experience", "inpatient");
			assertThat(lean("setting", "outpatient")).isEqualTo(-lean("experience", "inpatient"));
			Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(answers);
			assertThat(recommendation.verdict()).isEqualTo(Verdict.EITHER);
			assertThat(recommendation.margin()).isZero();
		}

	}

	@Nested
	class Scores {

		@ParameterizedTest
		@MethodSource("com.certadvisor.recommendation.RuleServiceTests#answerSets")
		void scoresAreTheSumsOfTheCatalogWeightsAndTheMarginTheirDifference(Answers answers) {
			Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(answers);
			int cpc = expectedCpc(answers);
			int ccs = expectedCcs(answers);
			assertThat(recommendation.cpcScore()).isEqualTo(cpc);
			assertThat(recommendation.ccsScore()).isEqualTo(ccs);
			assertThat(recommendation.margin()).isEqualTo(Math.abs(cpc - ccs));
			assertThat(recommendation.threshold()).isEqualTo(threshold());
			assertThat(recommendation.verdict()).isEqualTo(expectedVerdict(cpc, ccs));
			assertThat(recommendation.answers()).isEqualTo(answers);
		}

		@Test
		void everySingleAnswerScoresExactlyItsCatalogWeight() {
			for (Question question : CATALOG.questions()) {
				for (Option option : question.options()) {
					Recommendation recommendation = RuleServiceTests.this.ruleService
						.recommend(answers(question.id(), option.value()));
					assertThat(recommendation.cpcScore()).as("CPC for %s=%s", question.id(), option.value())
						.isEqualTo(cpcPoints(question.id(), option.value()));
					assertThat(recommendation.ccsScore()).as("CCS for %s=%s", question.id(), option.value())
						.isEqualTo(ccsPoints(question.id(), option.value()));
				}
			}
		}

		@Test
		void marginExactlyAtTheThresholdDecides() {
			List<String[]> atThreshold = singleAnswersLeaning(threshold());
			assertThat(atThreshold).as("the catalog has single answers whose margin is the threshold").isNotEmpty();
			for (String[] answer : atThreshold) {
				Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(answers(answer));
				assertThat(recommendation.margin()).isEqualTo(threshold());
				assertThat(recommendation.verdict()).as("%s=%s", answer[0], answer[1])
					.isEqualTo((lean(answer[0], answer[1]) > 0) ? Verdict.CPC : Verdict.CCS);
			}
		}

		@Test
		void marginOneBelowTheThresholdIsEither() {
			List<String[]> belowThreshold = singleAnswersLeaning(threshold() - 1);
			assertThat(belowThreshold).as("the catalog has single answers whose margin is one below the threshold")
				.isNotEmpty();
			for (String[] answer : belowThreshold) {
				Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(answers(answer));
				assertThat(recommendation.margin()).isEqualTo(threshold() - 1);
				assertThat(recommendation.verdict()).as("%s=%s", answer[0], answer[1]).isEqualTo(Verdict.EITHER);
			}
		}

		@Test
		void marginAtTheThresholdMadeOfOpposingAnswersDecides() {
			// outpatient setting (CPC) partly offset by experience of both kinds (CCS)
			Answers answers = answers("setting", "outpatient", "experience", "both");
			int margin = Math.abs(expectedCpc(answers) - expectedCcs(answers));
			assertThat(margin).isEqualTo(threshold());
			assertThat(RuleServiceTests.this.ruleService.recommend(answers).verdict()).isEqualTo(Verdict.CPC);
			// the same setting offset by an eagerness for hospital rules falls below it
			Answers closer = answers("setting", "outpatient", "depth", "eager");
			assertThat(Math.abs(expectedCpc(closer) - expectedCcs(closer))).isEqualTo(threshold() - 1);
			assertThat(RuleServiceTests.this.ruleService.recommend(closer).verdict()).isEqualTo(Verdict.EITHER);
		}

		private List<String[]> singleAnswersLeaning(int margin) {
			List<String[]> found = new ArrayList<>();
			for (Question question : CATALOG.questions()) {
				for (Option option : question.options()) {
					if (Math.abs(lean(question.id(), option.value())) == margin) {
						found.add(new String[] { question.id(), option.value() });
					}
				}
			}
			return found;
		}

	}

	@Nested
	class DecidingAnswers {

		@Test
		void areTheStrongestAnswersLeaningTowardsTheVerdictStrongestFirst() {
			Answers answers = answers("setting", "outpatient", "role", "billing-specialist", "experience", "none",
					"education", "coding-course", "depth", "eager", "timeline", "asap", "goal", "specialize-outpatient",
					"membership", "ahima");
			Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(answers);
			assertThat(recommendation.verdict()).isEqualTo(Verdict.CPC);
			assertThat(recommendation.deciding()).hasSize(RuleService.DECIDING_LIMIT)
				.allSatisfy((contribution) -> assertThat(contribution.favours()).isEqualTo(Verdict.CPC));
			// setting, role and goal each lean 3 towards CPC; nothing else leans as far
			assertThat(recommendation.deciding()).extracting((c) -> c.question().id())
				.containsExactlyInAnyOrder("setting", "role", "goal");
			assertThat(recommendation.deciding()).extracting((c) -> c.question().id())
				.doesNotContain("depth", "membership");
		}

		@ParameterizedTest
		@MethodSource("com.certadvisor.recommendation.RuleServiceTests#answerSets")
		void areSortedStrongestFirstLimitedAndLeanOnlyTowardsTheVerdict(Answers answers) {
			Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(answers);
			Verdict verdict = recommendation.verdict();
			List<Contribution> deciding = recommendation.deciding();
			assertThat(deciding).hasSizeLessThanOrEqualTo(RuleService.DECIDING_LIMIT);
			assertThat(deciding).extracting((c) -> Math.abs(c.lean()))
				.isSortedAccordingTo((a, b) -> Integer.compare(b, a));
			for (Contribution contribution : deciding) {
				String questionId = contribution.question().id();
				assertThat(answers.get(questionId)).contains(contribution.option().value());
				assertThat(contribution.cpcPoints()).isEqualTo(cpcPoints(questionId, contribution.option().value()));
				assertThat(contribution.ccsPoints()).isEqualTo(ccsPoints(questionId, contribution.option().value()));
				assertThat(contribution.reason()).isEqualTo(weight(questionId, contribution.option().value()).reason());
				if (verdict == Verdict.EITHER) {
					assertThat(contribution.lean()).isNotZero();
				}
				else {
					assertThat(contribution.favours()).isEqualTo(verdict);
				}
			}
			// the ones left out are no stronger than the weakest one named
			List<Integer> eligibleLeans = answers.values()
				.entrySet()
				.stream()
				.map((e) -> lean(e.getKey(), e.getValue()))
				.filter((lean) -> (verdict == Verdict.EITHER) ? lean != 0
						: (verdict == Verdict.CPC) ? lean > 0 : lean < 0)
				.map(Math::abs)
				.sorted((a, b) -> Integer.compare(b, a))
				.toList();
			assertThat(deciding).extracting((c) -> Math.abs(c.lean()))
				.containsExactlyElementsOf(
						eligibleLeans.subList(0, Math.min(RuleService.DECIDING_LIMIT, eligibleLeans.size())));
		}

		@Test
		void forEitherHoldLeaningAnswersBothWays() {
			Answers answers = answers("setting", "outpatient", "experience", "inpatient", "timeline", "within-year");
			Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(answers);
			assertThat(recommendation.verdict()).isEqualTo(Verdict.EITHER);
			assertThat(recommendation.deciding()).extracting(Contribution::favours)
				.containsExactlyInAnyOrder(Verdict.CPC, Verdict.CCS);
			assertThat(recommendation.deciding()).extracting((c) -> c.question().id())
				.containsExactlyInAnyOrder("setting", "experience");
		}

	}

	@Nested
	class Flips {

		@ParameterizedTest
		@MethodSource("com.certadvisor.recommendation.RuleServiceTests#answerSets")
		void everyFlipReallyChangesTheVerdictWhenApplied(Answers answers) {
			Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(answers);
			for (Flip flip : recommendation.flips()) {
				Recommendation flipped = RuleServiceTests.this.ruleService.recommend(flip.answers());
				assertThat(flipped.verdict()).as("flip %s=%s", flip.question().id(), flip.option().value())
					.isEqualTo(flip.verdict())
					.isNotEqualTo(recommendation.verdict());
				assertThat(flip.answers().get(flip.question().id())).contains(flip.option().value());
				assertThat(flip.answers().without(flip.question().id())).isEqualTo(answers.without(flip.question().id())
					.without(CATALOG.followUpsLost(flip.question().id(), flip.answers().values())));
			}
		}

		@ParameterizedTest
		@MethodSource("com.certadvisor.recommendation.RuleServiceTests#answerSets")
		void noFlipRepeatsTheCurrentAnswer(Answers answers) {
			Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(answers);
			assertThat(recommendation.flips())
				.noneSatisfy((flip) -> assertThat(answers.get(flip.question().id())).contains(flip.option().value()));
		}

		@ParameterizedTest
		@MethodSource("com.certadvisor.recommendation.RuleServiceTests#answerSets")
		void everySingleChangeNotListedAsAFlipKeepsTheVerdict(Answers answers) {
			Recommendation recommendation = RuleServiceTests.this.ruleService.recommend(answers);
			Set<String> listed = new HashSet<>();
			recommendation.flips().forEach((flip) -> listed.add(flip.question().id() + "=" + flip.option().value()));
			Set<String> changing = new HashSet<>();
			for (Question question : asked(answers)) {
				for (Option option : question.options()) {
					if (answers.get(question.id()).filter(option.value()::equals).isPresent()) {
						continue;
					}
					Verdict changed = RuleServiceTests.this.ruleService.recommend(changed(answers, question, option))
						.verdict();
					if (changed != recommendation.verdict()) {
						changing.add(question.id() + "=" + option.value());
					}
				}
			}
			assertThat(listed).isEqualTo(changing);
			assertThat(recommendation.flips()).hasSize(changing.size());
		}

		@Test
		void anOutpatientSettingAloneFlipsToCcsOrEitherWhenTheSettingChanges() {
			Recommendation recommendation = RuleServiceTests.this.ruleService
				.recommend(answers("setting", "outpatient"));
			assertThat(recommendation.verdict()).isEqualTo(Verdict.CPC);
			assertThat(recommendation.flips())
				.extracting((flip) -> flip.question().id(), (flip) -> flip.option().value(), Flip::verdict)
				.contains(tuple("setting", "inpatient", Verdict.CCS), tuple("setting", "unsure", Verdict.EITHER));
		}

	}

	@Nested
	class Determinism {

		@ParameterizedTest
		@MethodSource("com.certadvisor.recommendation.RuleServiceTests#answerSets")
		void sameAnswersGiveAnEqualRecommendation(Answers answers) {
			Recommendation first = RuleServiceTests.this.ruleService.recommend(answers);
			Recommendation again = RuleServiceTests.this.ruleService.recommend(answers);
			Recommendation elsewhere = new RuleService(CATALOGS).recommend(new Answers(answers.values()));
			assertThat(again).isEqualTo(first);
			assertThat(elsewhere).isEqualTo(first);
		}

		@Test
		void theOrderAnswersWereGivenInDoesNotMatter() {
			Recommendation forwards = RuleServiceTests.this.ruleService
				.recommend(answers("setting", "outpatient", "experience", "both", "education", "none"));
			Recommendation backwards = RuleServiceTests.this.ruleService
				.recommend(answers("education", "none", "experience", "both", "setting", "outpatient"));
			assertThat(backwards.verdict()).isEqualTo(forwards.verdict());
			assertThat(backwards.cpcScore()).isEqualTo(forwards.cpcScore());
			assertThat(backwards.ccsScore()).isEqualTo(forwards.ccsScore());
			assertThat(backwards.deciding()).isEqualTo(forwards.deciding());
			assertThat(backwards.flips()).extracting(Flip::question, Flip::option, Flip::verdict)
				.isEqualTo(forwards.flips().stream().map((f) -> tuple(f.question(), f.option(), f.verdict())).toList());
		}

	}

	@Nested
	class WhatIfs {

		@Test
		void offerEveryOtherOptionOfEveryQuestionWhereItLeads() {
			Recommendation recommendation = ruleService.recommend(answers("setting", "outpatient", "role", "unsure"));
			assertThat(recommendation.whatIfs()).extracting((whatIf) -> whatIf.question().id())
				.containsExactly("setting", "role", "experience", "education", "depth", "timeline", "goal", "remote",
						"membership");
			recommendation.whatIfs().forEach((whatIf) -> {
				int options = whatIf.question().options().size();
				assertThat(whatIf.choices()).hasSize((whatIf.current() != null) ? options - 1 : options);
				whatIf.choices().forEach((choice) -> {
					Verdict actual = ruleService.recommend(choice.answers()).verdict();
					assertThat(choice.verdict()).isEqualTo(actual);
					assertThat(choice.flips()).isEqualTo(actual != recommendation.verdict());
				});
			});
		}

		@Test
		void aChangeThatNoLongerCallsForAFollowUpIsScoredWithoutItsAnswer() {
			Recommendation recommendation = ruleService
				.recommend(answers("setting", "outpatient", "education", "credential", "held", "rhit-rhia"));
			WhatIf education = recommendation.whatIfs()
				.stream()
				.filter((whatIf) -> whatIf.question().id().equals("education"))
				.findFirst()
				.orElseThrow();
			assertThat(education.choices()).allSatisfy((choice) -> {
				assertThat(choice.answers().get("held")).isEmpty();
				assertThat(choice.verdict()).isEqualTo(ruleService.recommend(choice.answers()).verdict());
			});
			assertThat(recommendation.whatIfs()).extracting((whatIf) -> whatIf.question().id()).contains("held");
		}

		@Test
		void groupFlipsByTheVerdictTheyLeadToThenByQuestionInCatalogOrder() {
			Recommendation either = ruleService.recommend(answers("setting", "unsure"));
			assertThat(either.flipsByVerdict()).containsOnlyKeys(Verdict.CPC, Verdict.CCS);
			assertThat(either.flipsByVerdict().values())
				.allSatisfy((byQuestion) -> byQuestion.forEach((question, flips) -> assertThat(flips).isNotEmpty()
					.allSatisfy((flip) -> assertThat(flip.question()).isEqualTo(question))))
				.flatExtracting((byQuestion) -> byQuestion.values().stream().flatMap(List::stream).toList())
				.containsExactlyInAnyOrderElementsOf(either.flips());
			List<String> order = CATALOG.questions().stream().map(Question::id).toList();
			either.flipsByVerdict()
				.values()
				.forEach((byQuestion) -> assertThat(byQuestion.keySet()).extracting(Question::id)
					.isSortedAccordingTo(Comparator.comparing(order::indexOf)));
		}

	}

	/** The questions these answers call for, and any follow-up they answer anyway. */
	private static List<Question> asked(Answers answers) {
		return CATALOG.questions()
			.stream()
			.filter((question) -> question.appliesTo(answers.values()) || answers.get(question.id()).isPresent())
			.toList();
	}

	/** {@code answers} with one changed, without the follow-ups that change drops. */
	private static Answers changed(Answers answers, Question question, Option option) {
		Answers changed = answers.with(question.id(), option.value());
		return changed.without(CATALOG.followUpsLost(question.id(), changed.values()));
	}

}
