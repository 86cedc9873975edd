package com.certadvisor.sources;

import com.certadvisor.AdvisorServices;
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

import static com.certadvisor.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(SourcesController.class)
@Import(AdvisorServices.class)
class SourcesControllerTests {

	@Autowired
	private MockMvcTester mvc;

	private Document page(String uri) {
		return Html.okPage(this.mvc, uri);
	}

	@Nested
	class Page {

		@Test
		void namesTheCatalogEditionAndTheDayItWasPublished() {
			assertThat(page("/sources").select(".lead").text()).contains("catalog edition 2026-12-07.4")
				.contains("published on 7 December 2026");
		}

		@Test
		void listsEverySourceUnderItsTierWithItsLinkPublisherAndLatestDate() {
			Document page = page("/sources");
			assertThat(page.select("#official-heading ~ .source-list > li"))
				.hasSize((int) CATALOG.sources().values().stream().filter((source) -> source.official()).count());
			assertThat(page.select("#third-party-heading ~ .source-list > li"))
				.hasSize((int) CATALOG.sources().values().stream().filter((source) -> !source.official()).count());
			Element h4 = page.selectFirst("#source-H4");
			assertThat(h4.selectFirst("a").attr("href"))
				.isEqualTo("https://www.ahima.org/certification/recertification/");
			assertThat(h4.text()).contains("AHIMA: Recertification FAQ (2021)")
				.contains("(AHIMA, official)")
				.contains("latest date: 2021");
			assertThat(page.selectFirst("#source-S11").text()).contains("(mbc-bv6.pages.dev, third-party site)");
		}

		@Test
		void foldsTheFactsThatRestOnEachSource() {
			Element s11 = page("/sources").selectFirst("#source-S11 details");
			long restingOnS11 = CATALOG.facts().stream().filter((fact) -> fact.fact().source().equals("S11")).count();
			assertThat(restingOnS11).isGreaterThan(10);
			assertThat(s11.selectFirst("summary").text()).isEqualTo(restingOnS11 + " facts rest on it");
			assertThat(s11.select("li")).hasSize((int) restingOnS11);
			assertThat(s11.select("li code").eachText()).contains("exam-fee.CPC[0]", "costs.CPC[0]");
			assertThat(s11.text()).contains("$425 for one attempt, $499 for two, according to a third-party site");
		}

		@Test
		void saysASourceCitedOnlyWhereSourcesDisagreeIsJustThat() {
			assertThat(page("/sources").selectFirst("#source-S6").text())
				.contains("No fact rests on it alone; it is cited where sources disagree.");
		}

		@Test
		void givesTheShelfLifeOfEveryKindInPlainWords() {
			assertThat(page("/sources").select(".shelf-lives tbody tr").eachText()).containsExactly(
					"Exam fees, membership dues and other fees a year",
					"What the exam asks, how long it takes, which books are allowed, the pass mark and where you take it 2 years",
					"Eligibility, apprentice status, retakes, continuing education and renewal rules 2 years",
					"Who issues a credential, what it covers, its code sets and the jobs it leads to 5 years",
					"Salaries and the job outlook 2 years", "How long people take to prepare 2 years");
		}

		@Test
		void statesTheKnownConflictsWithTheirSources() {
			Document page = page("/sources");
			assertThat(page.select("#conflicts-heading ~ h3").eachText()).contains("The CPC exam fee and AAPC dues",
					"Whether the CCS can be taken online", "The CCS exam format and pass mark");
			assertThat(page.select("#conflicts-heading ~ h3 + p").first().text())
				.contains("$190 for an individual renewal");
		}

		@Test
		void listsWhatChangedWithEachSource() {
			Element changes = page("/sources").selectFirst("#changes");
			assertThat(changes.select("li")).hasSize(CATALOG.changes().size());
			assertThat(changes.select("li").first().text()).startsWith("Edition 2026-12-02: CCS background corrected");
		}

		@Test
		void withoutAFeedbackAddressSaysWhoToTell() {
			Element report = page("/sources").selectFirst("#report");
			assertThat(report.select("a")).isEmpty();
			assertThat(report.text()).contains("Tell whoever gave you the link");
		}

		@Test
		void isLinkedFromEveryPagesFooter() {
			assertThat(page("/sources").select(".site-footer a[href=/sources]").text())
				.isEqualTo("Sources and how sure we are");
		}

		@Test
		void speaksSpanish() {
			Document page = page("/sources?lang=es");
			assertThat(page.select("h1").text()).isEqualTo("Fuentes y cuán seguros estamos");
			assertThat(page.select(".lead").text()).contains("publicada el 7 de diciembre de 2026");
			assertThat(page.select(".shelf-lives tbody tr").first().text()).endsWith("un año");
		}

	}

	@Nested
	@TestPropertySource(properties = "cert-advisor.feedback.email=facts@school.example")
	class WithAFeedbackAddress {

		@Autowired
		private MockMvcTester mvc;

		@Test
		void linksAMailtoNamingThisPage() {
			Document page = Html.okPage(this.mvc, "/sources");
			assertThat(page.selectFirst("#report a").attr("href")).startsWith("mailto:facts@school.example?subject=")
				.contains("sources")
				.contains("http%3A%2F%2Flocalhost%2Fsources%3Flang%3Den%26edition%3D2026-12-07.4");
		}

	}

}
