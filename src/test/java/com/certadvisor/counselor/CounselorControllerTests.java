package com.certadvisor.counselor;

import java.util.List;

import com.certadvisor.AdvisorServices;
import com.certadvisor.Html;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.Question;
import com.certadvisor.links.ShortCodes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(CounselorController.class)
@Import(AdvisorServices.class)
class CounselorControllerTests {

	/** The student link for setting=inpatient, as the slice's requests see this site. */
	private static final String INPATIENT_LINK = "http://localhost/?setting=inpatient&counselor=setting%3Ainpatient&lang=en&edition=2026-12-07.4";

	/** The short link of the same answers, which QR codes and handouts show. */
	private static final String INPATIENT_SHORT_LINK = "http://localhost/s/33EQ-TGD0-T4H";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CatalogSource catalogs;

	private Document page(String uri) {
		return Html.okPage(this.mvc, uri);
	}

	private MvcTestResult image(String uri, MediaType type) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk().hasContentType(type);
		return result;
	}

	@Nested
	class Form {

		@Test
		void asksEveryQuestionOfTheCatalogWithLeaveForTheStudentFirst() {
			Document page = page("/counselor");
			List<Question> questions = CounselorControllerTests.this.catalogs.current().questions();
			assertThat(page.select("fieldset legend").eachText())
				.containsExactlyElementsOf(questions.stream().map(Question::text).toList());
			for (Question question : questions) {
				List<String> values = page.select("input[type=radio][name=" + question.id() + "]").eachAttr("value");
				assertThat(values.get(0)).as(question.id()).isEmpty();
				assertThat(values.subList(1, values.size())).as(question.id())
					.containsExactlyElementsOf(question.options().stream().map(Option::value).toList());
				assertThat(page.select("label[for=" + question.id() + "-leave]").text())
					.isEqualTo("Leave for the student");
				assertThat(page.select("input[name=" + question.id() + "][checked]").eachAttr("value"))
					.containsExactly("");
			}
		}

		@Test
		void submitsWithGetToItselfAndShowsNoLinkYet() {
			Document page = page("/counselor");
			Element form = page.selectFirst("main form");
			assertThat(form.attr("method")).isEqualTo("get");
			assertThat(form.attr("action")).isEqualTo("/counselor#student-link-panel");
			assertThat(page.select("h1").text()).isEqualTo("Prepare a link for a student");
			assertThat(page.select("#student-link, svg")).isEmpty();
		}

		@Test
		void keepsTheChosenAnswersSelected() {
			Document page = page("/counselor?setting=inpatient&role=");
			assertThat(page.select("input[name=setting][checked]").eachAttr("value")).containsExactly("inpatient");
			assertThat(page.select("input[name=role][checked]").eachAttr("value")).containsExactly("");
		}

		@Test
		void answersLeftForTheStudentMakeNoLink() {
			Document page = page("/counselor?setting=&role=&goal=");
			assertThat(page.select("#student-link")).isEmpty();
		}

		@Test
		void isInTheSiteNavigation() {
			assertThat(page("/counselor").select(".site-nav a[href=/counselor]").text()).isEqualTo("For counselors");
		}

	}

	@Nested
	class StudentLink {

		@Test
		void isTheStartPageWithTheChosenAnswersAsTheCounselorsSuggestions() {
			Document page = page("/counselor?setting=inpatient&role=&experience=");
			Element input = page.selectFirst("input#student-link");
			assertThat(input.attr("value")).isEqualTo(INPATIENT_LINK);
			assertThat(input.hasAttr("readonly")).isTrue();
			assertThat(page.select("#student-link-panel > p").text())
				.startsWith("It opens the advisor with 1 answer filled in.");
			assertThat(page.select("label[for=student-link]").text())
				.isEqualTo("The full link, for an email or a message");
		}

		@Test
		void showsTheShortCodeInLargeTypeNextToItsShortLink() {
			Document page = page("/counselor?setting=inpatient");
			assertThat(page.select(".short-code dt").eachText()).containsExactly("Code to type on the start page",
					"Short link, for a slide or a whiteboard");
			assertThat(page.select(".short-code__code").text()).isEqualTo("33EQ-TGD0-T4H");
			assertThat(page.select(".short-code__url").text()).isEqualTo(INPATIENT_SHORT_LINK);
		}

		@Test
		void carriesTheStudentsStateInTheLinkTheCodeAndTheHandout() {
			Document page = page("/counselor?setting=inpatient&state=tx");
			assertThat(page.select("input#state").attr("value")).isEqualTo("TX");
			assertThat(page.select("label[for=state]").text()).isEqualTo("The students’ state (optional)");
			assertThat(page.select("input#student-link").attr("value"))
				.startsWith("http://localhost/?setting=inpatient&counselor=setting%3Ainpatient&state=TX&lang=en");
			String code = page.select(".short-code__code").text();
			assertThat(ShortCodes.decode(code).answers().state()).isEqualTo("TX");
			assertThat(page.select("a[href^=/counselor/handout]").attr("href")).contains("state=TX");
			assertThat(page("/counselor/handout?setting=inpatient&state=TX").select(".handout__url").text())
				.endsWith("/s/" + code);
		}

		@Test
		void aStateTheCatalogDoesNotListIsA400KeepingTheAnswers() {
			MvcTestResult result = CounselorControllerTests.this.mvc.get()
				.uri("/counselor?setting=inpatient&state=ZZ")
				.exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = Html.parse(result);
			assertThat(page.select(".problem__what").text()).startsWith("“ZZ” is not a state this page knows.");
			assertThat(page.select("a.button").attr("href")).isEqualTo("/counselor?setting=inpatient");
		}

		@Test
		void carriesSeveralAnswersInQuestionnaireOrder() {
			Document page = page("/counselor?education=him-degree&setting=inpatient");
			assertThat(page.select("input#student-link").attr("value")).isEqualTo("http://localhost/?setting=inpatient"
					+ "&education=him-degree&counselor=setting%3Ainpatient%2Ceducation%3Ahim-degree&lang=en&edition=2026-12-07.4");
			assertThat(page.select("#student-link-panel > p").text()).contains("2 answers filled in");
		}

		@Test
		void showsTheQrCodeOfTheLinkAndLinksToItsImagesAndTheHandout() {
			Document page = page("/counselor?setting=inpatient&education=him-degree");
			Element qr = page.selectFirst("#student-link-panel svg");
			assertThat(qr.attr("role")).isEqualTo("img");
			assertThat(qr.attr("aria-label")).isEqualTo("QR code of your student’s link");
			assertThat(qr.attr("viewBox")).matches("0 0 (\\d+) \\1");
			assertThat(qr.select("path").attr("d")).startsWith("M");
			assertThat(page.select(".counselor__links a").eachAttr("href")).containsExactly(
					"/counselor/qr.png?setting=inpatient&education=him-degree",
					"/counselor/qr.svg?setting=inpatient&education=him-degree",
					"/counselor/handout?setting=inpatient&education=him-degree");
		}

		@Test
		void ignoresSuggestionsInTheCounselorsOwnAddress() {
			Document page = page("/counselor?setting=inpatient&counselor=role:unsure");
			assertThat(page.select("input#student-link").attr("value")).isEqualTo(INPATIENT_LINK);
		}

	}

	@Nested
	class QrImages {

		@Test
		void pngIsAProjectorSizedCodeOfTheShortLink() {
			MvcTestResult result = image("/counselor/qr.png?setting=inpatient", MediaType.IMAGE_PNG);
			var png = QrCodesTests.image(result.getResponse().getContentAsByteArray());
			assertThat(png.getWidth()).isEqualTo(QrCodes.PNG_SIZE);
			assertThat(QrCodesTests.decode(png)).isEqualTo(INPATIENT_SHORT_LINK);
		}

		@Test
		void svgIsAScalableCodeOfTheShortLink() {
			MvcTestResult result = image("/counselor/qr.svg?setting=inpatient",
					MediaType.parseMediaType("image/svg+xml"));
			String svg = Html.body(result);
			assertThat(QrCodesTests.xml(svg).getDocumentElement().getAttribute("viewBox")).matches("0 0 (\\d+) \\1");
			assertThat(QrCodesTests.decodeSvg(svg)).isEqualTo(INPATIENT_SHORT_LINK);
		}

		@Test
		void pageShowsTheSameCodeAsTheImages() {
			String svg = Html
				.body(image("/counselor/qr.svg?setting=inpatient", MediaType.parseMediaType("image/svg+xml")));
			String path = page("/counselor?setting=inpatient").select("#student-link-panel svg path").attr("d");
			assertThat(svg).contains("d=\"" + path + "\"");
		}

		@Test
		void imagesSuggestAFileName() {
			assertThat(image("/counselor/qr.png?setting=inpatient", MediaType.IMAGE_PNG).getResponse()
				.getHeader("Content-Disposition")).isEqualTo("inline; filename=\"cert-advisor-link.png\"");
		}

	}

	@Nested
	class Handout {

		@Test
		void tellsTheStudentWhatToDoAndShowsTheCodeTheLinkAndThePrefilledAnswers() {
			Document page = page("/counselor/handout?education=him-degree&setting=inpatient");
			assertThat(page.select("header.site-header")).hasSize(1);
			assertThat(page.select("h1")).hasSize(1);
			assertThat(page.select("section.offer")).as("no school file, no programmes").isEmpty();
			assertThat(page.select("p.lead").text()).contains("Scan the QR code")
				.contains("type the link")
				.contains("Your counselor has filled in some answers")
				.contains("you can change any of them");
			Element qr = page.selectFirst("main svg");
			assertThat(qr.attr("role")).isEqualTo("img");
			assertThat(qr.attr("aria-label")).isNotBlank();
			assertThat(page.select(".handout__url").text()).isEqualTo("http://localhost/s/33ER-29RD-H8V");
			assertThat(page.select(".handout__link .short-code__code").text()).isEqualTo("33ER-29RD-H8V");
			assertThat(page.select(".handout__answers .summary__row")).extracting(Element::text)
				.containsExactly("Where would you like to work? Inpatient",
						"What is your background? An HIM degree programme");
		}

		@Test
		void withEveryAnswerFilledInItsQrCodeIsTheShortLinkAtVersion3() {
			Document page = page("/counselor/handout?setting=unsure&role=unsure&experience=both&education=credential"
					+ "&depth=prefer-not&timeline=no-rush&goal=unsure&membership=none");
			String shortLink = page.select(".handout__url").text();
			assertThat(shortLink).isEqualTo("http://localhost/s/36AY-9NPE-K0W");
			int size = Integer.parseInt(page.selectFirst("main svg").attr("viewBox").split(" ")[2]);
			assertThat(QrCodesTests.version(new QrCodes.QrCode(size, ""))).isEqualTo(3);
			assertThat(QrCodesTests.decode(QrCodesTests.draw(size, page.select("main svg path").attr("d"), 6)))
				.isEqualTo(shortLink);
		}

		@Test
		void linksBackToTheCounselorPageWithTheAnswers() {
			Document page = page("/counselor/handout?setting=inpatient");
			assertThat(page.select("a.back-link").attr("href")).isEqualTo("/counselor?setting=inpatient");
			assertThat(page.select(".screen-only").text()).contains("Print");
		}

		@Test
		void withoutAnswersOffersThePlainStartPage() {
			Document page = page("/counselor/handout");
			assertThat(page.select(".handout__url").text()).isEqualTo("http://localhost/s/3000-0000-00P");
			assertThat(page.select("p.lead").text()).doesNotContain("counselor");
			assertThat(page.select(".handout__answers")).isEmpty();
			assertThat(page.select("h2").eachText()).containsExactly("What each costs in its first two years, all in");
		}

		@Test
		void givesWhatEachCostsAllInByTheRouteThatFitsTheAnswersAndWhoCanPayWithTheirSources() {
			Document page = page("/counselor/handout?education=him-degree&setting=inpatient");
			assertThat(page.select(".handout__costs li strong").eachText()).containsExactly(
					"CPC, studying on your own: At least $869.", "CCS, studying on your own: At least $617.");
			assertThat(page.select(".handout__costs li").first().text())
				.contains("with a college programme: At least $2,869");
			assertThat(page.select(".handout__funding a")).as("each route links its source")
				.extracting((link) -> link.text() + " " + link.attr("href"))
				.containsExactly("Your employer https://www.cco.us/cpc-certification-to-get-a-job/",
						"A WIOA training account https://emanuals.jfs.ohio.gov/Workforce/WIOA/WIOAPL/WIOAPL-15-11-3.stm",
						"Service members and veterans https://www.goarmy.com/benefits/while-you-serve/education-training/certifications-and-credentials");
			Document spanish = page("/counselor/handout?setting=inpatient&lang=es");
			assertThat(spanish.select("h2").eachText())
				.endsWith("Lo que cuesta cada una en sus dos primeros años, todo incluido");
			assertThat(spanish.select(".handout__funding strong").text()).isEqualTo("Cómo pagarlo:");
		}

	}

	@Nested
	class BadInput {

		@ParameterizedTest
		@ValueSource(strings = { "/counselor?setting=hospital", "/counselor/qr.png?setting=hospital",
				"/counselor/qr.svg?role=boss", "/counselor/handout?setting=inpatient&setting=outpatient",
				"/counselor?salary=high", "/counselor?setting=inpatient&counselor=setting:hospital" })
		void answersTheBadRequestPageInTheSiteLayout(String uri) {
			MvcTestResult result = CounselorControllerTests.this.mvc.get().uri(uri).exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
			Document page = Html.parse(result);
			assertThat(page.select("header.site-header")).hasSize(1);
			assertThat(page.select("h1").text()).isEqualTo("Some answers in this link were not understood");
		}

		@Test
		void linksBackToTheCounselorPageWithTheUnderstoodAnswers() {
			Document page = Html.parse(
					CounselorControllerTests.this.mvc.get().uri("/counselor?setting=hospital&role=unsure").exchange());
			assertThat(page.select("a.button").attr("href")).isEqualTo("/counselor?role=unsure");
		}

	}

}
