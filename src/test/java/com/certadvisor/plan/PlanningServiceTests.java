package com.certadvisor.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.certadvisor.recommendation.Caveats;
import com.certadvisor.recommendation.CostService;
import com.certadvisor.recommendation.Costs;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.certadvisor.Fixtures.CATALOG;
import static com.certadvisor.Fixtures.CATALOGS;
import static com.certadvisor.Fixtures.CLOCK;
import static com.certadvisor.Fixtures.FRESHNESS;
import static com.certadvisor.Fixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;

class PlanningServiceTests {

	private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

	private final CostService costs = new CostService(CATALOGS, FRESHNESS, CLOCK);

	private final PlanningService service = new PlanningService(CATALOGS, FRESHNESS,
			new ScheduleService(CATALOGS, FRESHNESS), this.costs, new SchoolOffers(CLOCK), CLOCK);

	private Plans plans(String... answers) {
		return this.service.plans(answers(answers), DECEMBER);
	}

	/** The answers as query parameters, for naming a case. */
	private static String[] split(String query) {
		return query.isEmpty() ? new String[0] : query.split("[=&]");
	}

	@Nested
	class Credentials {

		@Test
		void plansBothInColumnOrderFromTheStartMonth() {
			Plans plans = plans();
			assertThat(plans.start()).isEqualTo(DECEMBER);
			assertThat(plans.credentials()).extracting((plan) -> plan.certification().id())
				.containsExactly("CPC", "CCS");
			assertThat(plans.of("CCS").schedule().start()).isEqualTo("2026-12-01");
			assertThat(plans.of("CPC").exam().milestone().id()).isEqualTo("exam");
		}

		@Test
		void summariseTheWholePlansStaleFactsAndThirdPartyPricesInOneLine() {
			Caveats ccs = plans().of("CCS").caveats();
			assertThat(ccs.stale()).extracting((stale) -> stale.kind().name())
				.containsExactly("the policies", "the prices");
			assertThat(ccs.staleSites()).containsExactly("ahima.org");
			assertThat(ccs.thirdPartyPrices()).as("exam, retake, code books, college programme").isEqualTo(4);
			Caveats cpc = plans().of("CPC").caveats();
			assertThat(cpc.thirdPartyPrices()).as("exam, dues, retake, college programme, Practicode").isEqualTo(5);
			assertThat(cpc.priceSites()).containsExactly("aapc.com", "nces.ed.gov");
			assertThat(CredentialPlan.provenances(plans().of("CPC").nextSteps(), plans().of("CPC").schedule(),
					plans().of("CPC").costs()))
				.as("next steps, milestones, every route's costs and those only some pay")
				.hasSize(5 + 5 + 5 + 2);
		}

		@Test
		void nextStepsLinkToTheOfficialPageEvenWhenAThirdPartySaysIt() {
			List<ShownStep> steps = plans().of("CPC").nextSteps();
			assertThat(steps).extracting(ShownStep::id)
				.containsExactly("nextSteps.CPC[0]", "nextSteps.CPC[1]", "nextSteps.CPC[2]", "nextSteps.CPC[3]",
						"nextSteps.CPC[4]");
			ShownStep online = steps.get(2);
			assertThat(online.provenance().source().official()).isFalse();
			assertThat(online.link()).isEqualTo(CATALOG.source("A5"));
			assertThat(steps).allSatisfy((step) -> assertThat(step.link().official()).isTrue());
		}

		@Test
		void costsFollowTheMembershipAnswer() {
			assertThat(plans().of("CCS").costs().total()).isEqualTo(617);
			assertThat(plans("membership", "ahima").of("CCS").costs()).returns(299, Costs::total)
				.returns(true, Costs::totalIsMinimum);
		}

	}

	@Nested
	class Pathways {

		@ParameterizedTest
		@ValueSource(strings = { "setting=inpatient&experience=none",
				"setting=unsure&goal=specialize-inpatient&experience=none", "role=inpatient-coder&experience=none" })
		void aBeginnerAimingAtHospitalsGetsACredentialFirst(String answers) {
			assertThat(plans(split(answers)).pathway().pathway().id()).isEqualTo("credential-first");
		}

		@ParameterizedTest
		@ValueSource(strings = { "setting=outpatient&goal=specialize-inpatient", "setting=outpatient&goal=lead-manage",
				"setting=outpatient&goal=lead-manage&experience=outpatient", "setting=outpatient&role=coding-manager" })
		void anOutpatientStartAimingAtHospitalsOrManagementGetsTheCpcThenTheCcs(String answers) {
			assertThat(plans(split(answers)).pathway().pathway().id()).isEqualTo("outpatient-then-hospital");
		}

		@ParameterizedTest
		@ValueSource(strings = { "", "setting=outpatient&experience=none", "setting=inpatient&experience=inpatient",
				"setting=inpatient", "setting=outpatient&goal=specialize-outpatient",
				"setting=unsure&goal=lead-manage" })
		void otherwiseThereIsNone(String answers) {
			assertThat(plans(split(answers)).pathway()).isNull();
		}

		@Test
		void eachCredentialStartsWhenTheStepBeforeItEnds() {
			ShownPathway pathway = plans("setting", "inpatient", "experience", "none").pathway();
			assertThat(pathway.legs()).extracting(ShownPathway.Leg::from, ShownPathway.Leg::to)
				.containsExactly(dates("2026-12-01", "2027-06-01"), dates("2027-06-01", "2028-06-01"),
						dates("2028-06-01", "2028-10-01"));
			assertThat(pathway.end()).isEqualTo("2028-10-01");
			assertThat(pathway.months()).isEqualTo(22);
		}

		@Test
		void aBackgroundShortensTheStudyBeforeEachCredential() {
			ShownPathway pathway = plans("setting", "outpatient", "goal", "lead-manage", "experience", "outpatient")
				.pathway();
			assertThat(pathway.end()).isEqualTo("2028-07-01");
			assertThat(pathway.months()).isEqualTo(19);
		}

		@Test
		void costsBothCredentialsTwoYearTotalsTogether() {
			ShownPathway pathway = plans("setting", "inpatient", "experience", "none").pathway();
			assertThat(pathway.cost()).isEqualTo(869 + 617);
			assertThat(pathway.costIsMinimum()).as("code books and courses have no published price").isTrue();
			String[] members = { "setting", "inpatient", "experience", "none", "membership", "ahima" };
			List<Costs> memberCosts = PlanningServiceTests.this.costs.costs(answers(members));
			ShownPathway forMembers = plans(members).pathway();
			assertThat(forMembers.cost()).isEqualTo(memberCosts.get(0).total() + memberCosts.get(1).total());
			assertThat(forMembers.costIsMinimum()).as("an AHIMA member price is not confirmed").isTrue();
		}

		@Test
		void isSourcedLikeEveryOtherFact() {
			ShownPathway pathway = plans("setting", "inpatient", "experience", "none").pathway();
			assertThat(pathway.provenance().source()).isEqualTo(CATALOG.source("H1"));
			assertThat(pathway.provenance().stale()).isFalse();
		}

	}

	private static Tuple dates(String from, String to) {
		return Tuple.tuple(LocalDate.parse(from), LocalDate.parse(to));
	}

}
