package com.certadvisor.feedback;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportLinksTests {

	private static final String PAGE = "https://advisor.example.edu/compare?membership=aapc&lang=es&edition=2026-12-02";

	private static ReportLinks links(String email, String url) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new ReportLinks(new FeedbackProperties(email, url), messages);
	}

	private static String reported(ReportLinks links, Locale locale) {
		return links.withPage(links.link("exam-fee.CPC[0]", locale), PAGE);
	}

	@Nested
	class Nowhere {

		@Test
		void withNeitherAnAddressNorAPageThereIsNoLink() {
			ReportLinks links = links(null, " ");
			assertThat(links.enabled()).isFalse();
			assertThat(links.link("exam-fee.CPC[0]", Locale.ENGLISH)).isNull();
		}

	}

	@Nested
	class ByEmail {

		private final ReportLinks links = links("facts@school.example", null);

		@Test
		void isAMailtoWithTheFactAndThePageFilledIn() {
			String link = reported(this.links, Locale.ENGLISH);
			assertThat(link).startsWith("mailto:facts@school.example?subject=").doesNotContain(" ", "\n");
			String decoded = URLDecoder.decode(link, StandardCharsets.UTF_8);
			assertThat(decoded).contains("subject=Cert Advisor: a problem with the fact exam-fee.CPC[0]")
				.contains("body=Page: " + PAGE + "\nFact: exam-fee.CPC[0]\n\nWhat is wrong");
		}

		@Test
		void speaksTheReadersLanguage() {
			String decoded = URLDecoder.decode(reported(this.links, Locale.forLanguageTag("es")),
					StandardCharsets.UTF_8);
			assertThat(decoded).contains("un problema con el dato exam-fee.CPC[0]").contains("Página: " + PAGE);
		}

		@Test
		void thePageLinkCannotEndTheMailtoQueryEarly() {
			assertThat(reported(this.links, Locale.ENGLISH)).contains("edition%3D2026-12-02")
				.doesNotContain("&lang=")
				.doesNotContain("&edition=");
		}

	}

	@Nested
	class ByPage {

		@Test
		void fillsInThePlaceholders() {
			ReportLinks links = links("facts@school.example", "https://forms.example/report?f={fact}&p={page}");
			assertThat(reported(links, Locale.ENGLISH)).isEqualTo(
					"https://forms.example/report?f=exam-fee.CPC%5B0%5D&p=https%3A%2F%2Fadvisor.example.edu%2Fcompare"
							+ "%3Fmembership%3Daapc%26lang%3Des%26edition%3D2026-12-02");
		}

		@Test
		void addsFactAndPageParametersToAPageWithoutPlaceholders() {
			assertThat(reported(links(null, "https://school.example/facts"), Locale.ENGLISH))
				.startsWith("https://school.example/facts?fact=exam-fee.CPC%5B0%5D&page=https%3A%2F%2F");
			assertThat(reported(links(null, "https://school.example/facts?topic=advisor"), Locale.ENGLISH))
				.startsWith("https://school.example/facts?topic=advisor&fact=exam-fee.CPC%5B0%5D&page=https%3A%2F%2F");
		}

	}

	@Nested
	class Settings {

		@ParameterizedTest
		@ValueSource(strings = { "facts", "facts@", "@school.example", "facts@school", "a b@school.example",
				"facts@school.example?cc=x@y.z" })
		void refuseAnAddressThatIsNotOne(String email) {
			assertThatIllegalArgumentException().isThrownBy(() -> new FeedbackProperties(email, null))
				.withMessageStartingWith("cert-advisor.feedback.email must be an e-mail address");
		}

		@ParameterizedTest
		@ValueSource(strings = { "forms.example/report", "mailto:facts@school.example", "javascript:alert(1)",
				"https://", "/report" })
		void refuseAPageThatIsNotAWebAddress(String url) {
			assertThatIllegalArgumentException().isThrownBy(() -> new FeedbackProperties(null, url))
				.withMessageStartingWith("cert-advisor.feedback.url must be an absolute http or https address");
		}

		@Test
		void trimWhatTheyAreGiven() {
			assertThat(new FeedbackProperties(" facts@school.example ", ""))
				.isEqualTo(new FeedbackProperties("facts@school.example", null));
		}

	}

}
