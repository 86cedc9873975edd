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
						.containsExactly("setting", "role", "experience", "education", "depth", "timeline", "goal",
								"membership");
					json.assertThat().extractingPath("$[0].options[1].value").isEqualTo("inpatient");
					json.assertThat().extractingPath("$[0].text").isEqualTo("Where would you like to work?");
				});
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
						.extractingPath("$.comparison[0].lines[0].cpc[0].source.url")
						.isEqualTo("https://www.aapc.com/certification/cpc/");
					json.assertThat().extractingPath("$.edition").isEqualTo("2026-12-02");
					json.assertThat().extractingPath("$.comparison[0].lines[0].cpc[0].asOf").isEqualTo("2026-12");
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
	class HowSure {

		@Test
		void everyFactCarriesItsIdKindTierAndWhetherItIsPastItsShelfLife() {
			assertThat(mvc.get().uri("/api/comparison")).hasStatusOk().bodyJson().satisfies((json) -> {
				json.assertThat().extractingPath("$.edition").isEqualTo("2026-12-02");
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
				json.assertThat().extractingPath("$.changes").asArray().hasSize(10);
				json.assertThat().extractingPath("$.changes[0].edition").isEqualTo("2026-12-02");
				json.assertThat()
					.extractingPath("$.changes[0].source.title")
					.isEqualTo("AHIMA: CCS certification overview");
			});
		}

		@Test
		void withAnEditionListsOnlyTheChangesSinceInTheRequestedLanguage() {
			assertThat(mvc.get().uri("/api/recommendation?setting=inpatient&edition=2026-12-02")).bodyJson()
				.extractingPath("$.changes")
				.asArray()
				.isEmpty();
			assertThat(mvc.get().uri("/api/recommendation?setting=inpatient&edition=2026-11-26&lang=es")).bodyJson()
				.satisfies((json) -> {
					json.assertThat().extractingPath("$.changes").asArray().hasSize(10);
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
					json.assertThat().extractingPath("$.invalidParams[0].validValues[0]").isEqualTo("2026-12-02");
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
						.containsExactly("outpatient", "inpatient", "unsure");
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
