package com.certadvisor.links;

import java.net.URI;

import com.certadvisor.AdvisorServices;
import com.certadvisor.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(ShortCodeController.class)
@Import(AdvisorServices.class)
class ShortCodeControllerTests {

	/** Inpatient, set by the counselor, in Spanish. */
	private static final String CODE = "11AQ-WP9G";

	private static final String START = "/?setting=inpatient&counselor=setting%3Ainpatient&lang=es";

	@Autowired
	private MockMvcTester mvc;

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(URI.create(uri)).exchange();
	}

	@Nested
	class ACode {

		@ParameterizedTest
		@ValueSource(strings = { "/s/" + CODE, "/s/11aq-wp9g", "/s/11AQWP9G", "/s/lIAQ-WP9G", "/s?code=11AQ-WP9G",
				"/s?code=%2011aq%20wp9g%20" })
		void opensTheStartPageWithItsAnswersInItsLanguage(String uri) {
			assertThat(get(uri)).hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl(START)
				.hasHeader("Cache-Control", "max-age=86400, public");
		}

		@Test
		void withoutAnswersOpensThePlainStartPage() {
			assertThat(get("/s/1000-000M")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/?lang=en");
		}

		@Test
		void aCodeWithAStateOpensTheStartPageCarryingIt() {
			assertThat(get("/s/33EQ-TGD0-WXY")).hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl("/?setting=inpatient&counselor=setting%3Ainpatient&state=TX&lang=es");
		}

	}

	@Nested
	class AMistypedCode {

		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "/s/11AQ-WP9H|“11AQ-WP9H” is not a code: a character may be mistyped, or two swapped.",
						"/s/11QA-WP9G|“11QA-WP9G” is not a code: a character may be mistyped, or two swapped.",
						"/s/11AQ-WP9|“11AQ-WP9” is not the length of a code.",
						"/s?code=11AU-WP9G|“11AU-WP9G” has a character that no code uses.",
						"/s?code=|Type the code your counselor gave you." })
		void answersAPageThatSaysWhatIsWrongWithABoxToTryAgain(String uri, String error) {
			MvcTestResult result = get(uri);
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
			Document page = Html.parse(result);
			assertThat(page.select("h1").text()).isEqualTo("This code does not open anything");
			assertThat(page.select("[role=alert]").text()).contains("never opens someone else’s answers");
			assertThat(page.select("#code-error").text()).startsWith(error);
			assertThat(page.select("form.code-box").attr("action")).isEqualTo("/s");
			assertThat(page.select("input#code").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.select("input#code").attr("aria-describedby")).isEqualTo("code-error code-hint");
			assertThat(page.select("main a[href=/]").text()).isEqualTo("Start without a code");
		}

		@Test
		void keepsWhatWasTypedInTheBoxSoOneCharacterCanBeFixed() {
			Document page = Html.parse(get("/s?code=11aq-wp9h"));
			assertThat(page.select("input#code").attr("value")).isEqualTo("11aq-wp9h");
		}

		@Test
		void cutsShortWhatIsFarTooLongToBeACode() {
			Document page = Html.parse(get("/s?code=" + "A".repeat(500)));
			assertThat(page.select("input#code").attr("value")).hasSize(ShortCodes.MAX_TYPED + 1).endsWith("…");
		}

		@Test
		void speaksTheRequestsLanguage() {
			MvcTestResult result = ShortCodeControllerTests.this.mvc.get()
				.uri("/s/11AQ-WP9H")
				.header("Accept-Language", "es")
				.exchange();
			Document page = Html.parse(result);
			assertThat(page.select("h1").text()).isEqualTo("Este código no abre nada");
			assertThat(page.select("#code-error").text()).contains("puede que un carácter esté mal escrito");
		}

	}

}
