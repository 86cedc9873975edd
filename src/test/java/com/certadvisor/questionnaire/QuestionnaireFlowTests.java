package com.certadvisor.questionnaire;

import java.util.List;
import java.util.Map;

import com.certadvisor.catalog.Question;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.certadvisor.Fixtures.answers;
import static com.certadvisor.Fixtures.CATALOG;
import static com.certadvisor.Fixtures.CATALOGS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link QuestionnaireFlow}, run against the real catalog.
 */
class QuestionnaireFlowTests {

	/** Every question, in questionnaire order. */
	private static final List<String> ALL = List.of("setting", "role", "experience", "years", "education", "held",
			"depth", "timeline", "goal", "remote", "membership");

	/** The questions asked when nothing calls for a follow-up. */
	private static final List<String> IDS = List.of("setting", "role", "experience", "education", "depth", "timeline",
			"goal", "remote", "membership");

	private final QuestionnaireFlow flow = new QuestionnaireFlow(CATALOGS);

	private QuestionStep step(String id, Answers answers) {
		return this.flow.step(id, answers).orElseThrow();
	}

	@Test
	void catalogHoldsTheElevenContractQuestionsInOrder() {
		assertThat(CATALOG.questions()).extracting(Question::id).containsExactlyElementsOf(ALL);
	}

	private String next(String id, Answers answers) {
		return this.flow.next(id, answers, false).orElseThrow();
	}

	@Nested
	class Steps {

		@Test
		void firstStepIsNumberOneOfNine() {
			QuestionStep step = step("setting", Answers.none());
			assertThat(step.number()).isEqualTo(1);
			assertThat(step.total()).isEqualTo(9);
			assertThat(step.question()).isEqualTo(CATALOG.questions().get(0));
		}

		@Test
		void backLinkOfTheFirstQuestionIsTheStartPageWithTheAnswers() {
			Answers answers = answers("setting", "inpatient", "goal", "unsure");
			assertThat(step("setting", answers).backLink()).isEqualTo("/?setting=inpatient&goal=unsure");
			assertThat(step("setting", Answers.none()).backLink()).isEqualTo("/");
		}

		@Test
		void eachStepIsNumberedAndLinksToItsNeighbours() {
			Answers answers = answers("setting", "outpatient", "experience", "none");
			for (int i = 0; i < IDS.size(); i++) {
				QuestionStep step = step(IDS.get(i), answers);
				assertThat(step.number()).isEqualTo(i + 1);
				assertThat(step.total()).isEqualTo(IDS.size());
				assertThat(step.answers()).isEqualTo(answers);
				assertThat(step.formAction()).as("form action of %s", IDS.get(i))
					.isEqualTo("/questions/" + IDS.get(i) + "/next");
				String expectedNext = (i < IDS.size() - 1) ? "/questions/" + IDS.get(i + 1) : "/check";
				assertThat(next(IDS.get(i), answers)).as("next of %s", IDS.get(i))
					.isEqualTo(expectedNext + "?setting=outpatient&experience=none");
				String expectedBack = (i == 0) ? "/" : "/questions/" + IDS.get(i - 1);
				assertThat(step.backLink()).as("back link of %s", IDS.get(i))
					.isEqualTo(expectedBack + "?setting=outpatient&experience=none");
			}
		}

		@Test
		void formActionIsAPathWithoutTheAnswers() {
			QuestionStep step = step("role", answers("setting", "inpatient"));
			assertThat(step.formAction()).isEqualTo("/questions/role/next").doesNotContain("?");
		}

		@Test
		void lastQuestionGoesToTheCheckPage() {
			QuestionStep step = step("membership", answers("setting", "inpatient"));
			assertThat(step.number()).isEqualTo(9);
			assertThat(next("membership", answers("setting", "inpatient"))).isEqualTo("/check?setting=inpatient");
			assertThat(step.skipLink()).isEqualTo("/questions/membership/next?setting=inpatient");
		}

		@Test
		void skipLinkGoesOnWithoutThisQuestionsAnswer() {
			Answers answers = answers("setting", "inpatient", "role", "him-manager", "experience", "inpatient");
			assertThat(step("role", answers).skipLink())
				.isEqualTo("/questions/role/next?setting=inpatient&experience=inpatient");
			assertThat(step("goal", answers).skipLink())
				.isEqualTo("/questions/goal/next?setting=inpatient&role=him-manager&experience=inpatient");
		}

		@Test
		void skipLinkWhenOnlyThisQuestionWasAnsweredCarriesNoQuery() {
			assertThat(step("setting", answers("setting", "inpatient")).skipLink())
				.isEqualTo("/questions/setting/next");
		}

		@Test
		void stepKnowsTheSelectedValueAndCarriesTheOtherAnswers() {
			Answers answers = answers("setting", "inpatient", "role", "him-manager");
			QuestionStep step = step("role", answers);
			assertThat(step.selected()).isEqualTo("him-manager");
			assertThat(step.carried()).isEqualTo(answers("setting", "inpatient"));
			assertThat(step("experience", answers).selected()).isNull();
		}

		@ParameterizedTest
		@ValueSource(strings = { "unknown", "Setting", "", "check" })
		void unknownQuestionIdGivesNoStep(String id) {
			assertThat(QuestionnaireFlowTests.this.flow.step(id, Answers.none())).isEmpty();
			assertThat(QuestionnaireFlowTests.this.flow.change(id, Answers.none())).isEmpty();
		}

	}

	@Nested
	class ChangeMode {

		@Test
		void continueAndBackReturnToTheCheckPage() {
			Answers answers = answers("setting", "inpatient", "role", "him-manager");
			for (String id : IDS) {
				QuestionStep step = QuestionnaireFlowTests.this.flow.change(id, answers).orElseThrow();
				assertThat(step.formAction()).as("form action of %s", id).isEqualTo("/change/" + id + "/next");
				assertThat(QuestionnaireFlowTests.this.flow.next(id, answers, true)).as("next of %s", id)
					.hasValue("/check?setting=inpatient&role=him-manager");
				assertThat(step.backLink()).as("back link of %s", id)
					.isEqualTo("/check?setting=inpatient&role=him-manager");
			}
		}

		@Test
		void keepsTheQuestionsPosition() {
			QuestionStep step = QuestionnaireFlowTests.this.flow.change("education", Answers.none()).orElseThrow();
			assertThat(step.number()).isEqualTo(4);
			assertThat(step.total()).isEqualTo(9);
		}

		@Test
		void skipReturnsToTheCheckPageWithoutThisAnswer() {
			QuestionStep step = QuestionnaireFlowTests.this.flow
				.change("setting", answers("setting", "inpatient", "role", "him-manager"))
				.orElseThrow();
			assertThat(step.skipLink()).isEqualTo("/change/setting/next?role=him-manager");
			assertThat(QuestionnaireFlowTests.this.flow.next("setting", step.carried(), true))
				.hasValue("/check?role=him-manager");
		}

	}

	@Nested
	class Branching {

		@Test
		void aCredentialBringsTheQuestionOfWhichOneRightAfterIt() {
			Answers answers = answers("education", "credential");
			assertThat(next("education", answers)).isEqualTo("/questions/held?education=credential");
			QuestionStep held = step("held", answers);
			assertThat(held.number()).isEqualTo(5);
			assertThat(held.total()).isEqualTo(10);
			assertThat(held.backLink()).isEqualTo("/questions/education?education=credential");
			assertThat(step("depth", answers).backLink()).isEqualTo("/questions/held?education=credential");
		}

		@Test
		void codingExperienceBringsTheQuestionOfHowLong() {
			assertThat(next("experience", answers("experience", "both"))).isEqualTo("/questions/years?experience=both");
			assertThat(next("experience", answers("experience", "none")))
				.isEqualTo("/questions/education?experience=none");
			assertThat(step("education", answers("experience", "inpatient")).number()).isEqualTo(5);
		}

		@Test
		void withBothFollowUpsCalledForElevenQuestionsAreAsked() {
			assertThat(QuestionnaireFlowTests.this.flow
				.asked(answers("experience", "outpatient", "education", "credential"))).extracting(Question::id)
				.containsExactlyElementsOf(ALL);
		}

		@Test
		void aFollowUpNothingCallsForIsNotAskedCountedOrListed() {
			assertThat(QuestionnaireFlowTests.this.flow.step("held", answers("education", "none"))).isEmpty();
			assertThat(QuestionnaireFlowTests.this.flow.asked(Answers.none())).extracting(Question::id)
				.doesNotContain("years");
			assertThat(step("membership", answers("education", "none")).total()).isEqualTo(9);
			assertThat(QuestionnaireFlowTests.this.flow.summary(answers("education", "none")))
				.extracting((line) -> line.question().id())
				.containsExactlyElementsOf(IDS);
		}

		@Test
		void changingTheAnswerAFollowUpHangsOnDropsItsAnswer() {
			Answers answers = answers("education", "none", "held", "cpc-a", "depth", "open");
			assertThat(next("education", answers)).isEqualTo("/questions/depth?education=none&depth=open");
			assertThat(next("experience", answers("experience", "none", "years", "1-2")))
				.isEqualTo("/questions/education?experience=none");
		}

		@Test
		void skippingTheAnswerAFollowUpHangsOnDropsItsAnswerToo() {
			assertThat(next("education", answers("held", "cpc", "depth", "open")))
				.isEqualTo("/questions/depth?depth=open");
		}

		@Test
		void aFollowUpALinkAnswersAnywayIsKeptAskedAndListed() {
			Answers answers = answers("held", "cpc");
			assertThat(next("setting", answers)).isEqualTo("/questions/role?held=cpc");
			assertThat(QuestionnaireFlowTests.this.flow.asked(answers)).extracting(Question::id).contains("held");
			assertThat(QuestionnaireFlowTests.this.flow.summary(answers)).extracting((line) -> line.question().id())
				.contains("held");
		}

		@Test
		void aFollowUpAskedWithoutCallGoesOnToTheNextQuestionAsked() {
			assertThat(next("held", answers("education", "none"))).isEqualTo("/questions/depth?education=none");
			assertThat(next("years", Answers.none())).isEqualTo("/questions/education");
		}

		@Test
		void changingAnAnswerThatNowCallsForAFollowUpAsksItBeforeTheCheckPage() {
			assertThat(QuestionnaireFlowTests.this.flow.next("education", answers("education", "credential"), true))
				.hasValue("/change/held?education=credential");
			assertThat(QuestionnaireFlowTests.this.flow.next("education",
					answers("education", "credential", "held", "cca"), true))
				.hasValue("/check?education=credential&held=cca");
			assertThat(QuestionnaireFlowTests.this.flow.next("education", answers("education", "none", "held", "cca"),
					true))
				.hasValue("/check?education=none");
		}

		@Test
		void anUnknownQuestionHasNoNextStep() {
			assertThat(QuestionnaireFlowTests.this.flow.next("colour", Answers.none(), false)).isEmpty();
		}

	}

	@Nested
	class CounselorSuggestions {

		@Test
		void aStepIsSetByTheCounselorOnlyWhileItsAnswerIsTheSuggestion() {
			Map<String, String> suggested = Map.of("setting", "inpatient");
			assertThat(step("setting", new Answers(Map.of("setting", "inpatient"), suggested)).setByCounselor())
				.isTrue();
			assertThat(step("setting", new Answers(Map.of("setting", "outpatient"), suggested)).setByCounselor())
				.isFalse();
			assertThat(step("setting", new Answers(Map.of(), suggested)).setByCounselor()).isFalse();
			assertThat(step("role", new Answers(Map.of("setting", "inpatient"), suggested)).setByCounselor()).isFalse();
		}

		@Test
		void everyLinkOfAStepKeepsTheSuggestions() {
			Answers answers = new Answers(Map.of("setting", "outpatient"), Map.of("setting", "inpatient"));
			QuestionStep step = step("role", answers);
			assertThat(List.of(step.backLink(), step.skipLink()))
				.allMatch((link) -> link.endsWith("counselor=setting%3Ainpatient"));
			assertThat(step.carried().suggested()).isEqualTo(answers.suggested());
		}

	}

	@Nested
	class Summary {

		@Test
		void listsTheNineQuestionsAskedWithTheChosenOptionOrNull() {
			Answers answers = answers("setting", "inpatient", "education", "him-degree", "membership", "ahima");
			List<AnswerSummary> summary = QuestionnaireFlowTests.this.flow.summary(answers);
			assertThat(summary).extracting((line) -> line.question().id()).containsExactlyElementsOf(IDS);
			for (AnswerSummary line : summary) {
				Question question = line.question();
				if (answers.get(question.id()).isPresent()) {
					assertThat(line.chosen())
						.isEqualTo(question.option(answers.get(question.id()).get()).orElseThrow());
				}
				else {
					assertThat(line.chosen()).as("chosen for %s", question.id()).isNull();
				}
			}
			assertThat(summary.get(0).chosen().value()).isEqualTo("inpatient");
			assertThat(summary.get(1).chosen()).isNull();
		}

		@Test
		void changeLinksOpenEachQuestionWithEveryAnswerKept() {
			Answers answers = answers("setting", "inpatient", "role", "coding-manager");
			assertThat(QuestionnaireFlowTests.this.flow.summary(answers)).extracting(AnswerSummary::changeLink)
				.containsExactlyElementsOf(
						IDS.stream().map((id) -> "/change/" + id + "?setting=inpatient&role=coding-manager").toList());
		}

		@Test
		void withoutAnswersEveryLineIsUnansweredAndChangeLinksCarryNoQuery() {
			List<AnswerSummary> summary = QuestionnaireFlowTests.this.flow.summary(Answers.none());
			assertThat(summary).hasSize(9).allSatisfy((line) -> {
				assertThat(line.chosen()).isNull();
				assertThat(line.changeLink()).isEqualTo("/change/" + line.question().id());
			});
		}

		@Test
		void marksTheAnswersThatAreStillTheCounselorsSuggestions() {
			Answers answers = new Answers(Map.of("setting", "inpatient", "education", "none"),
					Map.of("setting", "inpatient", "education", "him-degree", "goal", "unsure"));
			assertThat(QuestionnaireFlowTests.this.flow.summary(answers)).filteredOn(AnswerSummary::setByCounselor)
				.extracting((line) -> line.question().id())
				.containsExactly("setting");
			assertThat(QuestionnaireFlowTests.this.flow.setByCounselor(answers)).singleElement()
				.satisfies((line) -> assertThat(line.chosen().value()).isEqualTo("inpatient"));
			assertThat(QuestionnaireFlowTests.this.flow.setByCounselor(answers("setting", "inpatient"))).isEmpty();
		}

	}

	@Nested
	class Links {

		@Test
		void startPageLinkIsTheLandingPageWithTheAnswersAndSuggestions() {
			Answers answers = new Answers(Map.of("setting", "inpatient"), Map.of("setting", "inpatient"));
			assertThat(QuestionnaireFlowTests.this.flow.startPageLink(answers))
				.isEqualTo("/?setting=inpatient&counselor=setting%3Ainpatient");
			assertThat(QuestionnaireFlowTests.this.flow.startPageLink(Answers.none())).isEqualTo("/");
		}

		@Test
		void startLinkOpensTheFirstQuestionWithThePrefilledAnswers() {
			assertThat(QuestionnaireFlowTests.this.flow.startLink(answers("goal", "unsure")))
				.isEqualTo("/questions/setting?goal=unsure");
			assertThat(QuestionnaireFlowTests.this.flow.startLink(Answers.none())).isEqualTo("/questions/setting");
		}

		@Test
		void checkRecommendationAndQuestionLinksCarryTheAnswers() {
			Answers answers = answers("setting", "inpatient", "experience", "inpatient");
			assertThat(QuestionnaireFlowTests.this.flow.checkLink(answers))
				.isEqualTo("/check?setting=inpatient&experience=inpatient");
			assertThat(QuestionnaireFlowTests.this.flow.recommendationLink(answers))
				.isEqualTo("/recommendation?setting=inpatient&experience=inpatient");
			assertThat(QuestionnaireFlowTests.this.flow.questionLink("depth", answers))
				.isEqualTo("/questions/depth?setting=inpatient&experience=inpatient");
			assertThat(QuestionnaireFlowTests.this.flow.recommendationLink(Answers.none()))
				.isEqualTo("/recommendation");
		}

	}

}
