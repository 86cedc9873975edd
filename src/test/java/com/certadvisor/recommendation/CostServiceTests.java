package com.certadvisor.recommendation;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.CATALOGS;
import static com.certadvisor.Fixtures.FRESHNESS;
import static com.certadvisor.Fixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;

class CostServiceTests {

	private final CostService service = new CostService(CATALOGS, FRESHNESS);

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
	void costsBothCertificationsInColumnOrder() {
		assertThat(this.service.costs(answers())).extracting((plan) -> plan.certification().id())
			.containsExactly("CPC", "CCS");
	}

	@Nested
	class TwoYearCosts {

		@Test
		void cpcCountsTheExamAndTwoYearsOfRequiredDues() {
			Costs cpc = plan("CPC");
			assertThat(cpc.costs()).extracting(CostLine::twoYearAmount).containsExactly(425, 444);
			assertThat(cpc.total()).isEqualTo(869);
			assertThat(cpc.totalIsMinimum()).isFalse();
			assertThat(cpc.ifNeeded()).extracting(CostLine::twoYearAmount).containsExactly(74);
		}

		@Test
		void ccsUsesNonMemberPricesWithoutAMembershipAnswer() {
			Costs ccs = plan("CCS");
			assertThat(ccs.costs()).extracting(CostLine::twoYearAmount).containsExactly(399, 218);
			assertThat(ccs.total()).isEqualTo(617);
			assertThat(plan("CCS", "membership", "none").total()).isEqualTo(617);
			assertThat(plan("CCS", "membership", "aapc").total()).isEqualTo(617);
		}

		@Test
		void ahimaMembersGetMemberPricesAndAMinimumWhereAPriceIsUnknown() {
			Costs ccs = plan("CCS", "membership", "ahima");
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
			Caveats ccs = plan("CCS").caveats();
			assertThat(ccs.staleCount()).isOne();
			assertThat(ccs.staleSites()).containsExactly("ahima.org");
			assertThat(ccs.thirdPartyPrices()).isEqualTo(2);
			assertThat(plan("CPC").caveats().thirdPartyPrices()).isEqualTo(3);
			assertThat(plan("CPC").caveats().priceSites()).containsExactly("aapc.com");
		}

		@Test
		void optionalCostsStayOutOfTheTotal() {
			assertThat(plan("CCS").ifNeeded()).extracting(CostLine::twoYearAmount).containsExactly(399);
			assertThat(plan("CCS").total()).isEqualTo(617);
		}

	}

}
