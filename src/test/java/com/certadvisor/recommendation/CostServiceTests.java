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
		assertThat(later.get(0).costs()).extracting((line) -> line.provenance().stale())
			.isNotEqualTo(today.get(0).costs().stream().map((line) -> line.provenance().stale()).toList());
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
		void optionalCostsStayOutOfTheTotal() {
			assertThat(plan("CCS").ifNeeded()).extracting(CostLine::twoYearAmount).containsExactly(399);
			assertThat(plan("CCS").total()).isEqualTo(617);
		}

	}

}
