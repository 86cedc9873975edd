package com.certadvisor.api;

import com.certadvisor.AdvisorServices;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static com.certadvisor.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(ApiController.class)
@Import(AdvisorServices.class)
class ApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Nested
	class Questions {

		@Test
		void listsTheContractQuestionsInOrderWithTheirOptions() {
			assertThat(mvc.get().uri("/api/questions")).hasStatusOk()
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
				.bodyJson()
				.satisfies((json) -> {
					json.assertThat()
						.extractingPath("$[*].id")
						.asArray()
						.containsExactly("setting", "role", "experience", "years", "education", "held", "depth",
								"timeline", "goal", "remote", "membership");
					json.assertThat().extractingPath("$[0].options[2].value").isEqualTo("inpatient");
					json.assertThat().extractingPath("$[0].askedWhen").asArray().isEmpty();
					json.assertThat()
						.extractingPath("$[5].askedWhen[0].education")
						.asArray()
						.containsExactly("credential");
					json.assertThat().extractingPath("$[0].text").isEqualTo("Where would you like to work?");
				});
		}

	}

	@Nested
	class BetterFit {

		@Test
		void namesTheLaneAnotherCredentialServesBetterWithItsSource() {
			assertThat(mvc.get().uri("/api/recommendation?setting=health-plan")).bodyJson().satisfies((json) -> {
				json.assertThat().extractingPath("$.betterFit.id").isEqualTo("CRC");
				json.assertThat().extractingPath("$.betterFit.lane").isEqualTo("Risk adjustment");
				json.assertThat().extractingPath("$.betterFit.issuer").isEqualTo("AAPC");
				json.assertThat().extractingPath("$.betterFit.fee").isNull();
				json.assertThat().extractingPath("$.betterFit.source.tier").isEqualTo("official");
				json.assertThat().extractingPath("$.verdict").isEqualTo("EITHER");
			});
		}

		@Test
		void remoteFromTheStartBringsItsNotesWithTheirSources() {
			assertThat(mvc.get().uri("/api/recommendation?remote=from-the-start&lang=es")).bodyJson()
				.satisfies((json) -> {
					json.assertThat()
						.extractingPath("$.notes[*].id")
						.asArray()
						.containsExactly("remote-share", "remote-first-job");
					json.assertThat().extractingPath("$.notes[0].title").isEqualTo("Trabajar desde casa");
					json.assertThat().extractingPath("$.notes[1].source.tier").isEqualTo("third-party");
				});
			assertThat(mvc.get().uri("/api/recommendation?remote=later")).bodyJson()
				.extractingPath("$.notes")
				.asArray()
				.isEmpty();
		}

		@Test
		void isNullWhenTheTwoComparedAreTheFit() {
			assertThat(mvc.get().uri("/api/recommendation?setting=outpatient")).bodyJson()
				.extractingPath("$.betterFit")
				.isNull();
		}

	}

	@Nested
	class Spanish {

		@Test
		void questionsAndReasonsComeInTheRequestedLanguage() {
			assertThat(mvc.get().uri("/api/questions?lang=es")).bodyJson()
				.extractingPath("$[0].text")
				.isEqualTo("¿Dónde te gustaría trabajar?");
			assertThat(mvc.get().uri("/api/recommendation?setting=inpatient").header("Accept-Language", "es"))
				.bodyJson()
				.extractingPath("$.deciding[0].reason")
				.asString()
				.doesNotContain("You want");
		}

	}

	@Nested
	class Recommendation {

		@Test
		void returnsTheVerdictScoresReasonsFlipsAndComparison() {
			assertThat(mvc.get().uri("/api/recommendation?education=him-degree&experience=inpatient&setting=inpatient"))
				.hasStatusOk()
				.bodyJson()
				.satisfies((json) -> {
					json.assertThat().extractingPath("$.verdict").isEqualTo("CCS");
					json.assertThat().extractingPath("$.ccsScore").isEqualTo(9);
					json.assertThat().extractingPath("$.cpcScore").isEqualTo(0);
					json.assertThat().extractingPath("$.margin").isEqualTo(9);
					json.assertThat().extractingPath("$.answers.setting").isEqualTo("inpatient");
					json.assertThat().extractingPath("$.deciding[0].question").isEqualTo("setting");
					json.assertThat()
						.extractingPath("$.deciding[0].source.url")
						.isEqualTo("https://www.ahima.org/certification-careers/certifications-overview/ccs");
					json.assertThat().extractingPath("$.deciding[0].source.publisher").isEqualTo("AHIMA");
					json.assertThat()
						.extractingPath("$.comparison[0].lines[0].cpc[0].source.url")
						.isEqualTo("https://www.aapc.com/certification/cpc/");
					json.assertThat().extractingPath("$.edition").isEqualTo("2026-12-07.4");
					json.assertThat().extractingPath("$.comparison[0].lines[0].cpc[0].asOf").isEqualTo("2026-12");
				});
		}

		@Test
		void namesNoSchoolNorProgrammesWithoutASchoolFile() {
			assertThat(mvc.get().uri("/api/recommendation?setting=outpatient")).bodyJson().satisfies((json) -> {
				json.assertThat().doesNotHavePath("$.school");
				json.assertThat().doesNotHavePath("$.plans[0].programmes");
			});
		}

		@Test
		void flipLinksPointBackAtTheApi() {
			assertThat(mvc.get().uri("/api/recommendation?setting=outpatient")).bodyJson()
				.extractingPath("$.flips[*].link")
				.asArray()
				.contains("/api/recommendation?setting=inpatient");
		}

	}

	@Nested
	class Plans {

		private static final String BEGINNER_ASAP = "/api/recommendation?timeline=asap&experience=none&education=none";

		@Test
		void givesTheWholeOutlayByRouteWithAtLeastWhereAPartIsUnpublished() {
			assertThat(mvc.get().uri(BEGINNER_ASAP)).hasStatusOk().bodyJson().satisfies((json) -> {
				json.assertThat()
					.extractingPath("$.plans[0].costs[*].route")
					.asArray()
					.containsExactly("issuer-course", "self-study", "college", "after-course");
				json.assertThat().extractingPath("$.plans[0].costs[0].total").isEqualTo(869);
				json.assertThat().extractingPath("$.plans[0].costs[0].atLeast").isEqualTo(true);
				json.assertThat().extractingPath("$.plans[0].costs[2].total").isEqualTo(2869);
				json.assertThat()
					.extractingPath("$.plans[0].costs[2].parts[?(@.upTo == 7500)].amount")
					.asArray()
					.containsExactly(2000);
				json.assertThat()
					.extractingPath("$.plans[0].costs[2].parts[?(@.upTo == 7500)].source.tier")
					.asArray()
					.containsExactly("third-party");
				json.assertThat()
					.extractingPath("$.plans[0].costs[0].parts[?(@.amount == null)].twoYears")
					.asArray()
					.hasSize(2)
					.containsOnlyNulls();
			});
			assertThat(mvc.get().uri("/api/recommendation?education=credential&held=cpc-a")).bodyJson()
				.satisfies((json) -> {
					json.assertThat().extractingPath("$.plans[0].costs[0].route").isEqualTo("self-study");
					json.assertThat().extractingPath("$.plans[0].costs[0].total").isEqualTo(444);
					json.assertThat().extractingPath("$.plans[0].costs[0].atLeast").isEqualTo(false);
				});
		}

		@Test
		void givesWhoCanPayThePassRatesAndTheEntryPayEachWithItsSource() {
			assertThat(mvc.get().uri(BEGINNER_ASAP + "&lang=es")).hasStatusOk().bodyJson().satisfies((json) -> {
				json.assertThat()
					.extractingPath("$.funding[*].id")
					.asArray()
					.containsExactly("employer", "wioa", "military");
				json.assertThat().extractingPath("$.funding[*].source.url").asArray().hasSize(3).doesNotContainNull();
				json.assertThat().extractingPath("$.funding[0].title").isEqualTo("Tu empleador");
				json.assertThat().extractingPath("$.passRate.id").isEqualTo("pass-rate");
				json.assertThat()
					.extractingPath("$.passRate.cpc[0].text")
					.asString()
					.startsWith("AAPC no publica ninguna tasa de aprobados");
				json.assertThat().extractingPath("$.passRate.ccs[0].source.tier").isEqualTo("third-party");
				json.assertThat().extractingPath("$.entryPay.cpc[0].stale").isEqualTo(true);
			});
		}

		@Test
		void givesBothCredentialsPlansFromThisMonth() {
			assertThat(mvc.get().uri(BEGINNER_ASAP)).hasStatusOk().bodyJson().satisfies((json) -> {
				json.assertThat().extractingPath("$.start").isEqualTo("2026-12");
				json.assertThat().extractingPath("$.plans[*].certification").asArray().containsExactly("CPC", "CCS");
				json.assertThat().extractingPath("$.plans[0].twoYearTotal").isEqualTo(869);
				json.assertThat()
					.as("the course and the code books have no published price")
					.extractingPath("$.plans[0].totalIsMinimum")
					.isEqualTo(true);
				json.assertThat().extractingPath("$.plans[0].monthsToHold").isEqualTo(4);
				json.assertThat().extractingPath("$.plans[0].monthsToUnrestricted").isEqualTo(16);
				json.assertThat()
					.extractingPath("$.plans[1].monthsToUnrestricted")
					.as("the CCS after the background AHIMA recommends")
					.isEqualTo(22);
			});
		}

		@Test
		void nextStepsNameTheOfficialPageAndTheirSource() {
			assertThat(mvc.get().uri(BEGINNER_ASAP)).bodyJson().satisfies((json) -> {
				json.assertThat().extractingPath("$.plans[0].nextSteps[0].id").isEqualTo("nextSteps.CPC[0]");
				json.assertThat().extractingPath("$.plans[0].nextSteps[0].label").isEqualTo("Join AAPC");
				json.assertThat()
					.extractingPath("$.plans[0].nextSteps[0].link")
					.isEqualTo("https://www.aapc.com/membership/faq.aspx");
				json.assertThat().extractingPath("$.plans[0].nextSteps[0].source.tier").isEqualTo("official");
				json.assertThat().extractingPath("$.plans[0].nextSteps[2].source.tier").isEqualTo("third-party");
				json.assertThat()
					.extractingPath("$.plans[0].nextSteps[2].link")
					.isEqualTo("https://www.aapc.com/blog/51494-taking-the-online-cpc-exam");
				json.assertThat()
					.extractingPath("$.plans[1].nextSteps[*].link")
					.asArray()
					.allSatisfy((link) -> assertThat(link).asString().startsWith("https://www.ahima.org/"));
			});
		}

		@Test
		void milestonesCarryTheirDatesAsDaysOrNullWhenNoSourceGivesAWait() {
			assertThat(mvc.get().uri(BEGINNER_ASAP)).bodyJson().satisfies((json) -> {
				json.assertThat().extractingPath("$.plans[0].milestones[0].milestone").isEqualTo("study");
				json.assertThat().extractingPath("$.plans[0].milestones[0].from").isEqualTo("2026-12-01");
				json.assertThat().extractingPath("$.plans[0].milestones[0].date").isEqualTo("2027-04-01");
				json.assertThat().extractingPath("$.plans[0].milestones[1].id").isEqualTo("milestones.CPC.exam[2]");
				json.assertThat().extractingPath("$.plans[0].milestones[1].label").isEqualTo("Sit the CPC exam");
				json.assertThat().extractingPath("$.plans[0].milestones[1].date").isEqualTo("2027-04-01");
				json.assertThat().extractingPath("$.plans[0].milestones[1].from").isNull();
				json.assertThat().extractingPath("$.plans[0].milestones[2].milestone").isEqualTo("retake");
				json.assertThat().extractingPath("$.plans[0].milestones[2].date").isNull();
				json.assertThat().extractingPath("$.plans[0].milestones[3].date").isEqualTo("2028-04-01");
				json.assertThat().extractingPath("$.plans[1].milestones[0].milestone").isEqualTo("background");
				json.assertThat().extractingPath("$.plans[1].milestones[4].milestone").isEqualTo("retake");
				json.assertThat().extractingPath("$.plans[1].milestones[5].date").isEqualTo("2028-12-30");
				json.assertThat().extractingPath("$.plans[1].milestones[5].stale").isEqualTo(true);
			});
		}

		@Test
		void aStartMonthShiftsTheDates() {
			assertThat(mvc.get().uri(BEGINNER_ASAP + "&start=2027-03")).bodyJson().satisfies((json) -> {
				json.assertThat().extractingPath("$.start").isEqualTo("2027-03");
				json.assertThat().extractingPath("$.plans[0].milestones[1].date").isEqualTo("2027-07-01");
				json.assertThat().extractingPath("$.plans[0].monthsToHold").isEqualTo(4);
			});
		}

		@Test
		void aBeginnerAimingAtHospitalsGetsThePathwayWithDatesMonthsAndCost() {
			assertThat(mvc.get().uri("/api/recommendation?setting=inpatient&experience=none")).bodyJson()
				.satisfies((json) -> {
					json.assertThat().extractingPath("$.pathway.id").isEqualTo("credential-first");
					json.assertThat()
						.extractingPath("$.pathway.title")
						.isEqualTo("A coding credential now, a year of coding, then the CCS");
					json.assertThat()
						.extractingPath("$.pathway.steps[*].certification")
						.asArray()
						.containsExactly("CPC", null, "CCS");
					json.assertThat().extractingPath("$.pathway.steps[0].from").isEqualTo("2026-12-01");
					json.assertThat().extractingPath("$.pathway.steps[1].to").isEqualTo("2028-06-01");
					json.assertThat().extractingPath("$.pathway.steps[2].to").isEqualTo("2028-10-01");
					json.assertThat().extractingPath("$.pathway.months").isEqualTo(22);
					json.assertThat().extractingPath("$.pathway.cost").isEqualTo(1486);
					json.assertThat().extractingPath("$.pathway.source.publisher").isEqualTo("AHIMA");
				});
		}

		@Test
		void hasNoPathwayWhenTheAnswersCallForNone() {
			assertThat(mvc.get().uri(BEGINNER_ASAP)).bodyJson().extractingPath("$.pathway").isNull();
		}

		@Test
		void textsComeInTheRequestedLanguage() {
			assertThat(mvc.get().uri("/api/recommendation?setting=inpatient&experience=none&lang=es")).bodyJson()
				.satisfies((json) -> {
					json.assertThat()
						.extractingPath("$.plans[0].nextSteps[0].label")
						.isEqualTo(CATALOG.translate("Join AAPC", "es"));
					json.assertThat()
						.extractingPath("$.plans[1].milestones[3].label")
						.isEqualTo("Presenta el examen CCS");
					json.assertThat()
						.extractingPath("$.pathway.title")
						.isEqualTo(CATALOG.translate("A coding credential now, a year of coding, then the CCS", "es"));
				});
		}

		@Test
		void aStateGivesTheOfficialLocalPagesAndAnUnknownOneIsAProblemNamingIt() {
			assertThat(mvc.get().uri("/api/recommendation?setting=inpatient&state=ca")).hasStatusOk()
				.bodyJson()
				.satisfies((json) -> {
					json.assertThat()
						.extractingPath("$.local[*].id")
						.asArray()
						.containsExactly("pay", "job-centers", "training");
					json.assertThat()
						.extractingPath("$.local[0].url")
						.isEqualTo("https://www.bls.gov/oes/current/oes_ca.htm");
					json.assertThat().extractingPath("$.local[0].source.tier").isEqualTo("official");
				});
			assertThat(mvc.get().uri("/api/recommendation?setting=inpatient")).bodyJson()
				.satisfies((json) -> json.assertThat().extractingPath("$.local").asArray().isEmpty());
			assertThat(mvc.get().uri("/api/recommendation?setting=inpatient&state=XX"))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.satisfies((json) -> {
					json.assertThat().extractingPath("$.invalidParams[0].name").isEqualTo("state");
					json.assertThat().extractingPath("$.invalidParams[0].validValues").asArray().contains("TX", "PR");
				});
		}

		@Test
		void aStartOutsideTheWindowIsAProblemNamingIt() {
			assertThat(mvc.get().uri("/api/recommendation?setting=inpatient&start=2031-01"))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.satisfies((json) -> {
					json.assertThat().extractingPath("$.invalidParams[0].name").isEqualTo("start");
					json.assertThat()
						.extractingPath("$.invalidParams[0].validValues[0]")
						.isEqualTo("2026-11 … 2028-12");
				});
		}

	}

	@Nested
	class HowSure {

		@Test
		void everyFactCarriesItsIdKindTierAndWhetherItIsPastItsShelfLife() {
			assertThat(mvc.get().uri("/api/comparison")).hasStatusOk().bodyJson().satisfies((json) -> {
				json.assertThat().extractingPath("$.edition").isEqualTo("2026-12-07.4");
				json.assertThat().extractingPath("$.groups[0].lines[1].ccs[0].id").isEqualTo("focus.CCS[0]");
				json.assertThat().extractingPath("$.groups[0].lines[1].ccs[0].kind").isEqualTo("identity");
				json.assertThat().extractingPath("$.groups[0].lines[1].ccs[0].source.tier").isEqualTo("official");
				json.assertThat().extractingPath("$.groups[0].lines[1].ccs[0].stale").isEqualTo(true);
				json.assertThat().extractingPath("$.groups[3].lines[0].cpc[0].source.tier").isEqualTo("third-party");
				json.assertThat()
					.extractingPath("$.groups[3].lines[0].cpc[0].checkAt.url")
					.isEqualTo("https://www.aapc.com/resources/cpc-exam-faqs");
				json.assertThat().extractingPath("$.groups[3].lines[0].cpc[0].stale").isEqualTo(false);
				json.assertThat().doesNotHavePath("$.groups[0].caveats");
			});
		}

		@Test
		void withoutAnEditionListsEveryRecordedChange() {
			assertThat(mvc.get().uri("/api/comparison")).bodyJson().satisfies((json) -> {
				json.assertThat().extractingPath("$.changes").asArray().hasSize(14);
				json.assertThat().extractingPath("$.changes[0].edition").isEqualTo("2026-12-02");
				json.assertThat()
					.extractingPath("$.changes[0].source.title")
					.isEqualTo("AHIMA: CCS certification overview");
			});
		}

		@Test
		void withAnEditionListsOnlyTheChangesSinceInTheRequestedLanguage() {
			assertThat(mvc.get().uri("/api/recommendation?setting=inpatient&edition=2026-12-07.4")).bodyJson()
				.extractingPath("$.changes")
				.asArray()
				.isEmpty();
			assertThat(mvc.get().uri("/api/recommendation?setting=inpatient&edition=2026-11-26&lang=es")).bodyJson()
				.satisfies((json) -> {
					json.assertThat().extractingPath("$.changes").asArray().hasSize(14);
					json.assertThat()
						.extractingPath("$.changes[0].summary")
						.asString()
						.startsWith("Corregida la formación recomendada para el CCS");
				});
		}

		@Test
		void aMalformedEditionIsAProblemNamingIt() {
			assertThat(mvc.get().uri("/api/comparison?edition=last-week")).hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.satisfies((json) -> {
					json.assertThat().extractingPath("$.invalidParams[0].name").isEqualTo("edition");
					json.assertThat().extractingPath("$.invalidParams[0].validValues[0]").isEqualTo("2026-12-07.4");
				});
		}

	}

	@Nested
	class Problems {

		@Test
		void badAnswersGetProblemDetailsNamingEachParameter() {
			assertThat(mvc.get().uri("/api/recommendation?setting=hospital&salary=high&role=unsure"))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.satisfies((json) -> {
					json.assertThat().extractingPath("$.status").isEqualTo(400);
					json.assertThat().extractingPath("$.title").isEqualTo("Answers not understood");
					json.assertThat()
						.extractingPath("$.invalidParams[*].name")
						.asArray()
						.containsExactlyInAnyOrder("setting", "salary");
					json.assertThat()
						.extractingPath("$.invalidParams[?(@.name == 'setting')].validValues[*]")
						.asArray()
						.containsExactly("outpatient", "hospital-outpatient", "inpatient", "health-plan", "unsure");
				});
		}

		@Test
		void neverEchoesTheBadValue() {
			assertThat(mvc.get().uri("/api/comparison").param("membership", "<script>alert(1)</script>"))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.body()
				.asString()
				.doesNotContain("<script>");
		}

	}

}
