package com.certadvisor.recommendation;

import java.time.Duration;
import java.util.List;

import com.certadvisor.MovableClock;
import com.certadvisor.catalog.Freshness;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.CATALOGS;
import static com.certadvisor.Fixtures.CLOCK;
import static com.certadvisor.Fixtures.FRESHNESS;
import static com.certadvisor.Fixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;

class CostServiceTests {

	private final CostService service = new CostService(CATALOGS, FRESHNESS, CLOCK);

	private Costs plan(String certification, String... answers) {
		return this.service.costs(answers(answers))
			.stream()
			.filter((plan) -> plan.certification().id().equals(certification))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> labels(List<CostLine> lines) {
		return lines.stream().map((line) -> line.item().label()).toList();
	}

	@Test
	void keepsTheCostsOfAMembershipForTheDayAndJudgesThemAgainTheNextDay() {
		MovableClock clock = new MovableClock();
		CostService service = new CostService(CATALOGS, new Freshness(clock), clock);
		List<Costs> today = service.costs(answers("membership", "ahima"));
		assertThat(service.costs(answers("membership", "ahima"))).isSameAs(today);
		assertThat(service.costs(answers("membership", "aapc"))).isNotSameAs(today);
		clock.advance(Duration.ofDays(400));
		List<Costs> later = service.costs(answers("membership", "ahima"));
		assertThat(later).isNotSameAs(today);
		assertThat(later.get(0).first().costs()).extracting((line) -> line.provenance().stale())
			.isNotEqualTo(today.get(0).first().costs().stream().map((line) -> line.provenance().stale()).toList());
	}

	@Test
	void costsBothCertificationsInColumnOrder() {
		assertThat(this.service.costs(answers())).extracting((plan) -> plan.certification().id())
			.containsExactly("CPC", "CCS");
	}

	@Nested
	class TwoYearCosts {

		@Test
		void cpcCountsTheExamAndTwoYearsOfRequiredDues() {
			Costs cpc = plan("CPC");
			assertThat(cpc.first().costs()).extracting(CostLine::twoYearAmount).startsWith(425, 444);
			assertThat(cpc.total()).isEqualTo(869);
			assertThat(cpc.first().ifNeeded()).extracting(CostLine::twoYearAmount).containsExactly(74);
		}

		@Test
		void ccsUsesNonMemberPricesWithoutAMembershipAnswer() {
			Costs ccs = plan("CCS");
			assertThat(ccs.first().costs()).extracting(CostLine::twoYearAmount).startsWith(399, 218);
			assertThat(ccs.total()).isEqualTo(617);
			assertThat(plan("CCS", "membership", "none").total()).isEqualTo(617);
			assertThat(plan("CCS", "membership", "aapc").total()).isEqualTo(617);
		}

		@Test
		void ahimaMembersGetMemberPricesAndTheDuesSayTheyAreUnpublished() {
			Costs ccs = plan("CCS", "membership", "ahima");
			assertThat(labels(ccs.first().costs())).startsWith("Exam, one attempt (AHIMA member price)",
					"AHIMA dues (no figure published; ask AHIMA)",
					"Recertification at the end of the first 2-year cycle (member price)");
			assertThat(ccs.total()).isEqualTo(299);
			assertThat(ccs.totalIsMinimum()).isTrue();
			assertThat(ccs.first().ifNeeded()).extracting(CostLine::twoYearAmount).containsExactly(299);
		}

		@Test
		void nameEachCostByItsPlaceInTheCatalog() {
			assertThat(plan("CCS").first().costs()).extracting(CostLine::id)
				.containsExactly("costs.CCS[0]", "costs.CCS[3]", "costs.CCS[7]", "costs.CCS[8]");
			assertThat(plan("CCS").first().ifNeeded()).extracting(CostLine::id).containsExactly("costs.CCS[5]");
		}

		@Test
		void optionalCostsStayOutOfTheTotal() {
			assertThat(plan("CCS").first().ifNeeded()).extracting(CostLine::twoYearAmount).containsExactly(399);
			assertThat(plan("CCS").total()).isEqualTo(617);
		}

	}

	/** The whole outlay by way to prepare, for the people the expert review names. */
	@Nested
	class WholeOutlay {

		private static List<String> routes(Costs costs) {
			return costs.routes().stream().map((route) -> route.route().id()).toList();
		}

		private static RouteCosts route(Costs costs, String id) {
			return costs.routes().stream().filter((route) -> route.route().id().equals(id)).findFirst().orElseThrow();
		}

		@Test
		void aBeginnerSeesTheIssuersCourseFirstAndEveryTotalReadsAtLeast() {
			Costs cpc = plan("CPC", "education", "none");
			assertThat(routes(cpc)).containsExactly("issuer-course", "self-study", "college", "after-course");
			assertThat(labels(cpc.first().costs())).hasSize(4)
				.anySatisfy((label) -> assertThat(label).startsWith("AAPC's CPC course (Practicode included)"))
				.anySatisfy((label) -> assertThat(label).startsWith("Code books the exam allows"));
			assertThat(cpc.total()).isEqualTo(869);
			assertThat(cpc.totalIsMinimum()).as("the course and the books have no published price").isTrue();
			Costs ccs = plan("CCS", "education", "none");
			assertThat(ccs.total()).isEqualTo(617);
			assertThat(ccs.totalIsMinimum()).isTrue();
		}

		@Test
		void anAnswerOfNoneOrNothingOrClinicalWorkLeadsWithTheSameRoute() {
			assertThat(plan("CPC").first().route().id()).isEqualTo("issuer-course");
			assertThat(plan("CPC", "education", "clinical").first().route().id()).isEqualTo("issuer-course");
			assertThat(plan("CCS", "education", "him-degree").first().route().id()).isEqualTo("self-study");
		}

		@Test
		void aCollegeProgrammeCountsItsThirdPartyRangeAtItsLowEnd() {
			RouteCosts cpc = route(plan("CPC", "education", "none"), "college");
			assertThat(cpc.total()).isEqualTo(869 + 2000);
			assertThat(cpc.atLeast()).isTrue();
			CostLine programme = cpc.costs()
				.stream()
				.filter((line) -> line.twoYearUpTo() != null)
				.findFirst()
				.orElseThrow();
			assertThat(programme.twoYearAmount()).isEqualTo(2000);
			assertThat(programme.twoYearUpTo()).isEqualTo(7500);
			assertThat(programme.provenance().source().official()).isFalse();
			assertThat(route(plan("CCS"), "college").total()).isEqualTo(617 + 2000);
		}

		@Test
		void aCourseGraduateSeesOnlyWhatRemains() {
			Costs cpc = plan("CPC", "education", "coding-course");
			assertThat(cpc.first().route().id()).isEqualTo("after-course");
			assertThat(cpc.first().costs()).noneMatch((line) -> line.item().label().contains("CPC course"))
				.noneMatch((line) -> line.item().label().contains("programme"));
			assertThat(cpc.total()).isEqualTo(869);
			assertThat(labels(cpc.first().ifNeeded()))
				.anySatisfy((label) -> assertThat(label).startsWith("Practicode"));
			assertThat(plan("CCS", "education", "coding-course").total()).isEqualTo(617);
		}

		@Test
		void aCpcAHolderPaysNoExamAndNoBooksOnlyTheDuesWithPracticodeIfNeeded() {
			Costs cpc = plan("CPC", "education", "credential", "held", "cpc-a");
			assertThat(cpc.first().costs()).extracting(CostLine::twoYearAmount).containsExactly(444);
			assertThat(cpc.total()).isEqualTo(444);
			assertThat(cpc.totalIsMinimum()).as("every part has a price").isFalse();
			assertThat(cpc.first().ifNeeded()).singleElement().satisfies((practicode) -> {
				assertThat(practicode.twoYearAmount()).isEqualTo(250);
				assertThat(practicode.twoYearUpTo()).isEqualTo(300);
			});
			assertThat(plan("CCS", "education", "credential", "held", "cpc-a").total())
				.as("the CCS is still to pay for")
				.isEqualTo(617);
		}

		@Test
		void anAahimaMembersTotalIsALowerBoundOnEveryRoute() {
			Costs ccs = plan("CCS", "membership", "ahima", "education", "him-degree");
			assertThat(ccs.routes()).allSatisfy((route) -> assertThat(route.atLeast()).isTrue());
			assertThat(ccs.total()).isEqualTo(299);
			assertThat(route(ccs, "college").total()).isEqualTo(2299);
		}

		@Test
		void anAapcMemberStillPaysTheDuesTheCpcRequires() {
			assertThat(plan("CPC", "membership", "aapc", "education", "him-degree").total()).isEqualTo(869);
		}

		@Test
		void everyRouteListsEachCostOnceForTheSources() {
			Costs cpc = plan("CPC");
			assertThat(cpc.lines()).doesNotHaveDuplicates();
			assertThat(cpc.lines()).extracting(CostLine::id)
				.contains("costs.CPC[0]", "costs.CPC[4]", "costs.CPC[5]", "costs.CPC[6]");
		}

	}

}
