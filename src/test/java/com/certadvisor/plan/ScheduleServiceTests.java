package com.certadvisor.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.CATALOG;
import static com.certadvisor.Fixtures.CATALOGS;
import static com.certadvisor.Fixtures.FRESHNESS;
import static com.certadvisor.Fixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;

class ScheduleServiceTests {

	/** The first day of the month of {@code Fixtures.TODAY}, where plans start. */
	private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);

	private final ScheduleService service = new ScheduleService(CATALOGS, FRESHNESS);

	private Schedule schedule(String certification, String... answers) {
		return this.service.schedule(certification, answers(answers), DECEMBER);
	}

	private static DatedMilestone milestone(Schedule schedule, String id) {
		return schedule.milestones()
			.stream()
			.filter((milestone) -> milestone.milestone().id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private static LocalDate date(Schedule schedule, String id) {
		return milestone(schedule, id).date();
	}

	@Nested
	class Cpc {

		@Test
		void asapWithoutABackgroundSitsTheExamInFourMonthsAndLosesTheATwelveMonthsLater() {
			Schedule cpc = schedule("CPC", "timeline", "asap", "experience", "none", "education", "none");
			assertThat(milestone(cpc, "study").from()).isEqualTo(DECEMBER);
			assertThat(date(cpc, "study")).isEqualTo("2027-04-01");
			assertThat(date(cpc, "exam")).isEqualTo("2027-04-01");
			assertThat(date(cpc, "unrestricted")).isEqualTo("2028-04-01");
			assertThat(date(cpc, "ceus")).isEqualTo("2029-04-01");
			assertThat(cpc.held()).isEqualTo("2027-04-01");
			assertThat(cpc.restricted()).isTrue();
			assertThat(cpc.monthsToHold()).isEqualTo(4);
			assertThat(cpc.monthsToUnrestricted()).isEqualTo(16);
		}

		@Test
		void aCodingCourseTakesTheAOffAtTheExam() {
			Schedule cpc = schedule("CPC", "experience", "none", "education", "coding-course");
			assertThat(date(cpc, "exam")).isEqualTo("2027-03-01");
			assertThat(date(cpc, "unrestricted")).isEqualTo(date(cpc, "exam"));
			assertThat(cpc.restricted()).as("the CPC names when the A comes off, here at the exam").isTrue();
			assertThat(schedule("CCS", "experience", "none").restricted()).isFalse();
			assertThat(milestone(cpc, "unrestricted").rule().detail()).contains("80-hour coding course");
		}

		@Test
		void codingWorkTakesTheAOffAtTheExamToo() {
			Schedule cpc = schedule("CPC", "experience", "outpatient");
			assertThat(date(cpc, "unrestricted")).isEqualTo(cpc.held()).isEqualTo("2027-03-01");
		}

		@Test
		void noRushStudiesEightMonthsEvenWithABackground() {
			assertThat(schedule("CPC", "timeline", "no-rush").held()).isEqualTo("2027-08-01");
			assertThat(schedule("CPC", "timeline", "no-rush", "experience", "both").held()).isEqualTo("2027-08-01");
		}

		@Test
		void asapWithABackgroundStudiesThreeMonthsAndNoAnswersSix() {
			assertThat(schedule("CPC", "timeline", "asap", "education", "credential").held()).isEqualTo("2027-03-01");
			assertThat(schedule("CPC").held()).isEqualTo("2027-06-01");
		}

		@Test
		void theRetakeHasNoDateSinceNoSourceGivesAWait() {
			Schedule cpc = schedule("CPC");
			DatedMilestone retake = milestone(cpc, "retake");
			assertThat(retake.dated()).isFalse();
			assertThat(retake.date()).isNull();
			assertThat(retake.rule().detail()).startsWith("No AAPC waiting period was found");
			assertThat(cpc.dated()).extracting((dated) -> dated.milestone().id())
				.containsExactly("study", "exam", "unrestricted", "ceus");
		}

	}

	@Nested
	class CredentialHolders {

		@Test
		void aCpcAHolderHasNoExamToSitOnlyTheAToRemove() {
			Schedule cpc = schedule("CPC", "experience", "none", "education", "credential", "held", "cpc-a");
			assertThat(cpc.milestones()).extracting((milestone) -> milestone.milestone().id())
				.containsExactly("exam", "unrestricted", "ceus");
			assertThat(milestone(cpc, "exam").label()).isEqualTo("Passed already: you hold the CPC-A");
			assertThat(cpc.monthsToHold()).isZero();
			assertThat(cpc.restricted()).isTrue();
			assertThat(milestone(cpc, "unrestricted").rule().detail()).contains("80-hour course plus CPC-A Practicode")
				.contains("externship");
		}

		@Test
		void aCpcAHolderWithTwoYearsOfCodingRemovesTheAWithTheProof() {
			Schedule cpc = schedule("CPC", "experience", "outpatient", "years", "over-2", "education", "credential",
					"held", "cpc-a");
			assertThat(milestone(cpc, "unrestricted").rule().detail())
				.startsWith("Your two years of coding remove the A");
		}

		@Test
		void aCpcHolderHoldsItWithoutRestrictionAlready() {
			Schedule cpc = schedule("CPC", "education", "credential", "held", "cpc");
			assertThat(cpc.milestones()).extracting((milestone) -> milestone.milestone().id())
				.containsExactly("exam", "ceus");
			assertThat(cpc.restricted()).isFalse();
			assertThat(cpc.monthsToUnrestricted()).isZero();
		}

	}

	@Nested
	class Ccs {

		@Test
		void appliesAfterStudyingSitsTheExamAMonthLaterWithinTheWindow() {
			Schedule ccs = schedule("CCS", "setting", "inpatient", "experience", "inpatient", "years", "1-2");
			assertThat(milestone(ccs, "study").from()).isEqualTo(DECEMBER);
			assertThat(date(ccs, "apply")).isEqualTo("2027-03-01");
			assertThat(date(ccs, "exam")).isEqualTo("2027-04-01");
			assertThat(date(ccs, "window")).as("120 days after applying").isEqualTo("2027-06-29");
			assertThat(date(ccs, "retake")).as("30 days after the exam").isEqualTo("2027-05-01");
			assertThat(date(ccs, "ceus")).as("24 months after the exam").isEqualTo("2029-04-01");
			assertThat(milestone(ccs, "window").from()).isNull();
		}

		@Test
		void noRushStudiesSixMonths() {
			Schedule ccs = schedule("CCS", "timeline", "no-rush", "years", "over-2");
			assertThat(date(ccs, "apply")).isEqualTo("2027-06-01");
			assertThat(ccs.held()).isEqualTo("2027-07-01");
		}

		@Test
		void isHeldWithoutRestrictionFromTheExam() {
			Schedule ccs = schedule("CCS", "education", "credential", "held", "rhit-rhia");
			assertThat(ccs.restricted()).isFalse();
			assertThat(ccs.monthsToUnrestricted()).isEqualTo(ccs.monthsToHold()).isEqualTo(4);
			assertThat(ccs.dated()).hasSize(6);
		}

		@Test
		void withNoCodingExperienceTheRecommendedBackgroundComesFirst() {
			Schedule ccs = schedule("CCS", "setting", "inpatient", "experience", "none", "education", "none");
			DatedMilestone background = milestone(ccs, "background");
			assertThat(background.from()).isEqualTo(DECEMBER);
			assertThat(background.date()).isEqualTo("2028-06-01");
			assertThat(background.label()).isEqualTo("A coding credential, then a year of coding");
			assertThat(background.provenance().source()).isEqualTo(CATALOG.source("H1"));
			assertThat(milestone(ccs, "study").from()).isEqualTo("2028-06-01");
			assertThat(ccs.monthsToHold()).isEqualTo(22);
			assertThat(schedule("CCS").monthsToHold()).as("no answers: the beginner's route").isEqualTo(22);
		}

		@Test
		void aCodingCredentialOrSomeCodingNeedsAYearOfCodingFirst() {
			assertThat(schedule("CCS", "education", "credential", "held", "cca").monthsToHold()).isEqualTo(16);
			assertThat(schedule("CCS", "experience", "outpatient", "years", "under-1").monthsToHold()).isEqualTo(16);
			assertThat(schedule("CCS", "education", "credential", "held", "cpc", "years", "1-2").monthsToHold())
				.as("a CPC plus a year of coding")
				.isEqualTo(4);
		}

	}

	@Nested
	class Provenance {

		@Test
		void resolvesEachRulesSourceAndNamesTheRuleThatApplied() {
			Schedule cpc = schedule("CPC", "timeline", "asap", "experience", "none");
			DatedMilestone study = milestone(cpc, "study");
			assertThat(study.id()).isEqualTo("milestones.CPC.study[4]");
			assertThat(study.provenance().source()).isEqualTo(CATALOG.source("S14"));
			assertThat(study.provenance().source().official()).isFalse();
			assertThat(study.provenance().estimate()).isTrue();
			DatedMilestone exam = milestone(cpc, "exam");
			assertThat(exam.id()).isEqualTo("milestones.CPC.exam[2]");
			assertThat(exam.provenance().source().publisher()).isEqualTo("AAPC");
			assertThat(exam.provenance().kind()).isEqualTo("exam-rule");
			assertThat(milestone(cpc, "retake").provenance().checkAt()).isEqualTo(CATALOG.source("A3"));
		}

		@Test
		void flagsRulesPastTheirShelfLife() {
			Schedule ccs = schedule("CCS");
			assertThat(milestone(ccs, "window").provenance().stale()).as("a 2023 policy").isTrue();
			assertThat(milestone(ccs, "exam").provenance().stale()).isFalse();
		}

	}

}
