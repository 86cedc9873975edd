package com.certadvisor.catalog;

import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.CATALOG;
import static com.certadvisor.Fixtures.fact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins what the December 2026 fact check ({@code ../shared/facts/fact-check-2026-12.md})
 * asked to correct, credit, mark or add, so an edit of the catalog cannot quietly undo
 * it. Facts are named as the fact check names them.
 */
class FactCheckCorrectionsTests {

	private static List<String> texts(String rowId, String certification) {
		return CATALOG.facts()
			.stream()
			.filter((fact) -> fact.id().startsWith(rowId + "." + certification + "["))
			.map(CatalogFact::text)
			.toList();
	}

	private static boolean thirdParty(CatalogFact fact) {
		return !CATALOG.source(fact.fact().source()).official();
	}

	@Nested
	class TopDiscrepancies {

		@Test
		void cpcExamFeeAndAapcDuesStayMarkedAsThirdPartyEstimatesWithTheOfficialPagesToCheck() {
			for (String id : List.of("exam-fee.CPC[0]", "membership.CPC[0]", "costs.CPC[0]", "costs.CPC[1]",
					"costs.CPC[2]")) {
				CatalogFact fee = fact(id);
				assertThat(fee.fact().estimate()).as(id).isTrue();
				assertThat(thirdParty(fee)).as(id).isTrue();
				assertThat(CATALOG.source(fee.fact().checkAt()).publisher()).as(id).isEqualTo("AAPC");
			}
			assertThat(fact("exam-fee.CPC[0]").text()).contains("according to a third-party site")
				.contains("other sites quote $399");
			assertThat(fact("membership.CPC[0]").text()).contains("$190 for an individual renewal");
		}

		@Test
		void ccsBackgroundCountsTheCcaOrCpcOnlyWithAYearOfCoding() {
			// The CCS plan's first next step carries what the CCS path's first step said.
			assertThat(fact("nextSteps.CCS[0]").text())
				.contains("the CCA or another coding credential such as the CPC plus" + " 1 year of coding")
				.doesNotContain("or a credential such as the CCA, CPC or RHIT first");
			assertThat(fact("nextSteps.CCS[0]").fact().source()).isEqualTo("H1");
			assertThat(CATALOG.planning().pathways()).allSatisfy((pathway) -> {
				assertThat(pathway.source()).isEqualTo("H1");
				assertThat(pathway.steps()).extracting(Pathway.Step::offset)
					.as("a year of coding between the credentials")
					.contains(Period.ofMonths(12));
			});
		}

		@Test
		void cpcExamTimeIsTheFourHoursAapcStatesWithoutTheUnconfirmedOnlineSplit() {
			assertThat(texts("exam-time", "CPC")).containsExactly("4 hours");
			assertThat(fact("exam-time.CPC[0]").fact().source()).isEqualTo("A3");
			assertThat(CATALOG.facts()).noneMatch((fact) -> fact.text().contains("two 2-hour parts"));
		}

		@Test
		void ccsExamAndRetakeFeesAreCreditedToTheThirdPartiesThatGiveThemAndMarkedAsEstimates() {
			for (String id : List.of("exam-fee.CCS[0]", "exam-fee.CCS[1]", "costs.CCS[0]", "costs.CCS[1]",
					"costs.CCS[5]", "costs.CCS[6]", "retake.CCS[1]")) {
				assertThat(thirdParty(fact(id))).as(id).isTrue();
				assertThat(fact(id).fact().estimate()).as(id).isTrue();
				assertThat(fact(id).fact().checkAt()).as(id).isEqualTo("H1");
			}
			assertThat(fact("costs.CCS[5]").fact().source()).isEqualTo("S21");
		}

		@Test
		void ccsIsScheduledWithPearsonVueWithoutClaimingATestCentre() {
			for (String id : List.of("delivery.CCS[0]", "nextSteps.CCS[2]", "milestones.CCS.exam[0]",
					"next-steps.CCS[0]")) {
				assertThat(fact(id).text()).as(id).contains("Pearson VUE").doesNotContainIgnoringCase("test centre");
			}
			assertThat(fact("delivery.CCS[0]").text()).contains("reported inconsistently");
		}

		@Test
		void ccsFormatAndPassMarkSayTheyComeFromExamPrepSites() {
			for (String id : List.of("exam-questions.CCS[0]", "exam-time.CCS[0]", "pass-mark.CCS[0]")) {
				assertThat(fact(id).text()).as(id).endsWith("according to exam-prep sites");
				assertThat(thirdParty(fact(id))).as(id).isTrue();
			}
		}

		@Test
		void ccsSalarySaysNoAhimaFigureWasFoundAndThatThirdPartiesDisagree() {
			assertThat(fact("salary.CCS[0]").text()).startsWith("No AHIMA salary figure for the CCS was found")
				.contains("$70,000–85,000")
				.contains("about $58,000")
				.doesNotContain("publishes no");
		}

		@Test
		void ccsRetakeKeepsAhimasThirtyDayWaitAndCreditsTheFeeToTheThirdParty() {
			assertThat(fact("retake.CCS[0]").text()).contains("30-day wait");
			assertThat(fact("retake.CCS[0]").fact().source()).isEqualTo("H5");
			assertThat(fact("retake.CCS[1]").text()).contains("full fee").contains("third-party");
			assertThat(fact("retake.CCS[1]").fact().source()).isEqualTo("S21");
		}

		@Test
		void cpcBooksIncludeAapcsOfficialEbooks() {
			assertThat(fact("open-book.CPC[1]").text()).contains("official eBooks inside the exam platform")
				.contains("48 hours");
			assertThat(fact("open-book.CPC[1]").fact().source()).isEqualTo("A4");
		}

		@Test
		void otherFeesAddAhimasExtensionAapcsCeuExtensionAndTheGracePeriodConflict() {
			assertThat(texts("other-fees", "CCS"))
				.contains("$50 for each 30-day extension of your eligibility window, up to 90 days");
			assertThat(texts("other-fees", "CPC")).contains("$50 for a CEU extension")
				.anyMatch((text) -> text.contains("30 days") && text.contains("10 days"));
		}

	}

	@Nested
	class DetailedFindings {

		@Test
		void theCpcaRouteWithoutExperienceIsNamed() {
			assertThat(fact("nextSteps.CPC[4]").text()).contains("or an 80-hour course plus CPC-A Practicode");
			// The route needs no year of work: the A can come off at the exam.
			assertThat(fact("milestones.CPC.unrestricted[5]").text())
				.contains("80-hour coding course plus CPC-A Practicode");
			assertThat(((MilestoneRule) fact("milestones.CPC.unrestricted[5]").fact()).offset()).isEqualTo(Period.ZERO);
		}

		@Test
		void apprenticeshipFactsAreNoLongerDatedByTheForumThread() {
			assertThat(CATALOG.facts()).filteredOn((fact) -> fact.fact().source().equals("A7"))
				.isNotEmpty()
				.allSatisfy((fact) -> assertThat(fact.fact().asOf()).hasToString("2026-12"));
		}

		@Test
		void theSecondCpcAttemptSaysItHoldsOnlyWhenBoughtWithTheFirst() {
			assertThat(fact("costs.CPC[2]").text())
				.startsWith("Second attempt, in person only, if bought with the first");
		}

		@Test
		void ccspPathwayIsCreditedToAhimasCurrentCcsPage() {
			assertThat(fact("related.CCS-P").fact().source()).isEqualTo("H1");
		}

		@Test
		void cpcRolesAndEmployersAreMarkedAsNotConfirmedByTheAapcPage() {
			assertThat(fact("roles.CPC[0]").fact().estimate()).isTrue();
			assertThat(fact("employers.CPC[0]").fact().estimate()).isTrue();
		}

		@Test
		void theSecondCpcSalaryFigureSaysThirdPartiesDisagree() {
			assertThat(fact("salary.CPC[1]").text()).contains("another reports about $60,000");
		}

		@Test
		void blsFiguresPointAtTheBlsPageToCheck() {
			assertThat(fact("outlook.CPC[0]").fact().checkAt()).isEqualTo("B2");
			assertThat(CATALOG.source("B2").url().getHost()).isEqualTo("www.bls.gov");
		}

	}

	@Nested
	class Record {

		@Test
		void everyCorrectionIsAChangeOfItsEditionWithItsSource() {
			List<Change> corrections = CATALOG.changes()
				.stream()
				.filter((change) -> change.edition().equals(Edition.parse("2026-12-02")))
				.toList();
			assertThat(corrections).hasSize(10);
			assertThat(corrections).extracting(Change::source)
				.containsExactly("H1", "A3", "S11", "H1", "A4", "H5", "A20", "A7", "A10", "S21");
		}

		@Test
		void theConflictsTheFactCheckNamesAreStated() {
			assertThat(CATALOG.conflicts()).extracting(Conflict::title)
				.contains("The CPC exam fee and AAPC dues", "Whether the CCS can be taken online",
						"The CCS exam format and pass mark");
		}

	}

}
