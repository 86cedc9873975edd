package com.certadvisor.result;

import com.certadvisor.AdvisorServices;
import com.certadvisor.Fixtures;
import com.certadvisor.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The result page of an installation with the docs' example school file. */
@WebMvcTest(ResultController.class)
@Import(AdvisorServices.class)
@TestPropertySource(properties = Fixtures.SCHOOL_FILE)
class SchoolResultPageTests {

	/** Outpatient, so the CPC is recommended and its plan shown. */
	private static final String OUTPATIENT = "/recommendation?setting=outpatient&experience=none&education=none";

	@Autowired
	private MockMvcTester mvc;

	private Document page(String uri) {
		return Html.okPage(this.mvc, uri);
	}

	@Nested
	class Programmes {

		private final Element plan = page(OUTPATIENT).selectFirst("section.plan");

		@Test
		void comeFirstInTheNextStepsAndNameTheSchool() {
			Element offer = this.plan.selectFirst("section.offer");
			assertThat(offer).isNotNull();
			assertThat(offer.selectFirst("h3").text()).isEqualTo("At Riverside Community College, for the CPC");
			assertThat(this.plan.select("section.offer, ol.steps").first()).isSameAs(offer);
		}

		@Test
		void areOnlyThoseForTheShownCredentialEachWithTheSchoolsPriceWhatItIncludesAndItsStart() {
			assertThat(this.plan.select("section.offer li")).extracting(Element::text)
				.containsExactly(
						"Outpatient Coding Certificate: online and in person, 6 months. The school’s offer: $3,200, "
								+ "including the CPC exam voucher, the code books, Practicode. Next start: 11 January 2027.",
						"CPC Exam Review, evenings: online, 2 months. The school’s offer: $650, including two practice "
								+ "exams. Start any day.");
			assertThat(this.plan.select("section.offer li a").eachAttr("href"))
				.containsExactly("https://www.example.edu/coding/cpc", "https://www.example.edu/coding/cpc-review");
		}

		@Test
		void linkTheSchoolsSiteAndItsContact() {
			assertThat(this.plan.select("section.offer .hint a").eachAttr("href"))
				.containsExactly("https://www.example.edu/coding", "mailto:coding@example.edu");
		}

		@Test
		void comeFirstInTheWholeCostLabelledAsTheSchoolsOffer() {
			Element costs = this.plan.selectFirst("details.costs-fold");
			assertThat(costs.select(".costs__offer, table.costs").first()).isSameAs(costs.selectFirst(".costs__offer"));
			assertThat(costs.select(".costs__offer").eachText()).containsExactly(
					"The school’s offer, Outpatient Coding Certificate: $3,200, including the CPC exam voucher, the "
							+ "code books, Practicode.",
					"The school’s offer, CPC Exam Review, evenings: $650, including two practice exams.");
		}

		@Test
		void areInTheWholeCostTheSchoolFileGivesForItsOwnCourse() {
			assertThat(this.plan.select("details.costs-fold li").eachText()).anySatisfy((route) -> assertThat(route)
				.contains("Riverside Community College's outpatient coding certificate (the school's price): $3,200"));
		}

		@Test
		void areNotFoldedAwayFromThePrintedPage() {
			assertThat(this.plan.selectFirst("section.offer").parents()).noneMatch((parent) -> parent.is("details"));
		}

	}

	@Nested
	class StartDates {

		@Test
		void offerToPlanFromAProgrammesNextStart() {
			Element start = page(OUTPATIENT).selectFirst(".offer__start a");
			assertThat(start.text()).isEqualTo("Plan from the start of Outpatient Coding Certificate, January 2027");
			assertThat(start.attr("href")).endsWith("&start=2027-01");
			Document planned = page(start.attr("href"));
			assertThat(planned.select("section.plan h3").eachText())
				.contains("Dates for the CPC, starting in January 2027");
			assertThat(planned.select(".offer__start")).as("already planned from it").isEmpty();
		}

		@Test
		void keepTheChosenPlan() {
			Element start = page(OUTPATIENT + "&plan=CCS").selectFirst(".offer__start a");
			assertThat(start.text()).isEqualTo("Plan from the start of Inpatient Coding Certificate, January 2027");
			assertThat(start.attr("href")).contains("plan=CCS");
		}

	}

	@Nested
	class InSpanish {

		@Test
		void nameTheSchoolAndTranslateWhatThePriceIncludes() {
			Element offer = page(OUTPATIENT + "&lang=es").selectFirst("section.offer");
			assertThat(offer.selectFirst("h3").text()).isEqualTo("En Riverside Community College, para la CPC");
			assertThat(offer.selectFirst("li").text()).contains("La oferta de la escuela: $3,200",
					"que incluye el vale del examen CPC, los libros de códigos, Practicode",
					"Próximo inicio: 11 de enero de 2027.");
		}

	}

}
