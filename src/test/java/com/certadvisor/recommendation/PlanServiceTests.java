package com.certadvisor.recommendation;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.CATALOGS;
import static com.certadvisor.Fixtures.FRESHNESS;
import static com.certadvisor.Fixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;

class PlanServiceTests {

	private final PlanService service = new PlanService(CATALOGS, FRESHNESS);

	private Plan plan(String certification, String... answers) {
		return this.service.plans(answers(answers))
			.stream()
			.filter((plan) -> plan.certification().id().equals(certification))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> labels(List<CostLine> lines) {
		return lines.stream().map((line) -> line.item().label()).toList();
	}

	@Test
	void plansBothCertificationsInColumnOrder() {
		assertThat(this.service.plans(answers())).extracting((plan) -> plan.certification().id())
			.containsExactly("CPC", "CCS");
	}

	@Nested
	class Paths {

		@Test
		void includeTheCpcApprenticePeriodAndTheCeuCycle() {
			assertThat(plan("CPC").steps()).extracting((step) -> step.step().label())
				.containsExactly("Prepare", "Pass the exam", "CPC-A apprentice", "Keep it");
			assertThat(plan("CCS").steps().get(3).step().brief()).isEqualTo("20 CEUs every 2 years");
		}

		@Test
		void resolveSourcesAndNameEachStep() {
			PlannedStep apprentice = plan("CPC").steps().get(2);
			assertThat(apprentice.provenance().source().title()).contains("apprenticeship");
			assertThat(apprentice.id()).isEqualTo("paths.CPC[2]");
			assertThat(apprentice.provenance().kind()).isEqualTo("policy");
		}

		@Test
		void flagAStepOnlyWhenItIsPastTheShelfLifeOfItsKind() {
			assertThat(plan("CPC").steps()).noneMatch((step) -> step.provenance().stale());
			assertThat(plan("CPC").stepCaveats().isEmpty()).isTrue();
		}

	}

	@Nested
	class TwoYearCosts {

		@Test
		void cpcCountsTheExamAndTwoYearsOfRequiredDues() {
			Plan cpc = plan("CPC");
			assertThat(cpc.costs()).extracting(CostLine::twoYearAmount).containsExactly(425, 444);
			assertThat(cpc.total()).isEqualTo(869);
			assertThat(cpc.totalIsMinimum()).isFalse();
			assertThat(cpc.ifNeeded()).extracting(CostLine::twoYearAmount).containsExactly(74);
		}

		@Test
		void ccsUsesNonMemberPricesWithoutAMembershipAnswer() {
			Plan ccs = plan("CCS");
			assertThat(ccs.costs()).extracting(CostLine::twoYearAmount).containsExactly(399, 218);
			assertThat(ccs.total()).isEqualTo(617);
			assertThat(plan("CCS", "membership", "none").total()).isEqualTo(617);
			assertThat(plan("CCS", "membership", "aapc").total()).isEqualTo(617);
		}

		@Test
		void ahimaMembersGetMemberPricesAndAMinimumWhereAPriceIsUnknown() {
			Plan ccs = plan("CCS", "membership", "ahima");
			assertThat(labels(ccs.costs())).containsExactly("Exam, one attempt (AHIMA member price)",
					"AHIMA membership dues", "Recertification at the end of the first 2-year cycle (member price)");
			assertThat(ccs.total()).isEqualTo(299);
			assertThat(ccs.totalIsMinimum()).isTrue();
			assertThat(ccs.ifNeeded()).extracting(CostLine::twoYearAmount).containsExactly(299);
		}

		@Test
		void nameEachCostByItsPlaceInTheCatalog() {
			assertThat(plan("CCS").costs()).extracting(CostLine::id).containsExactly("costs.CCS[0]", "costs.CCS[3]");
			assertThat(plan("CCS").ifNeeded()).extracting(CostLine::id).containsExactly("costs.CCS[5]");
		}

		@Test
		void summariseTheStalePriceAndTheThirdPartyPrices() {
			Caveats ccs = plan("CCS").costCaveats();
			assertThat(ccs.staleCount()).isOne();
			assertThat(ccs.staleSites()).containsExactly("ahima.org");
			assertThat(ccs.thirdPartyPrices()).isEqualTo(2);
			assertThat(plan("CPC").costCaveats().thirdPartyPrices()).isEqualTo(3);
			assertThat(plan("CPC").costCaveats().priceSites()).containsExactly("aapc.com");
		}

		@Test
		void optionalCostsStayOutOfTheTotal() {
			assertThat(plan("CCS").ifNeeded()).extracting(CostLine::twoYearAmount).containsExactly(399);
			assertThat(plan("CCS").total()).isEqualTo(617);
		}

	}

}
