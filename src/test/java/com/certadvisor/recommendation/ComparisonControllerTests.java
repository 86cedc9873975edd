package com.certadvisor.recommendation;

import com.certadvisor.AdvisorServices;
import com.certadvisor.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(ComparisonController.class)
@Import(AdvisorServices.class)
class ComparisonControllerTests {

	@Autowired
	private MockMvcTester mvc;

	private Document page(String uri) {
		return Html.okPage(this.mvc, uri);
	}

	@Nested
	class Facts {

		@Test
		void everyFactShowsASourceWhetherItIsOfficialAndAnAsOfDate() {
			Elements facts = page("/compare").select("ul.facts li");
			assertThat(facts).hasSizeGreaterThan(40);
			assertThat(facts).allSatisfy((fact) -> {
				assertThat(fact.ownText()).isNotBlank();
				assertThat(fact.select("small a").attr("href")).startsWith("http");
				assertThat(fact.select("small").text())
					.containsPattern(
							"Source: (AAPC|AHIMA|BLS|O\\*NET) \\(official\\)|Source: .+ \\(third-party site\\)")
					.containsPattern("as of (\\d{1,2} )?([A-Z][a-z]{2} )?\\d{4}");
			});
		}

		@Test
		void aPriceOnlyAThirdPartySiteGivesSaysSoAndLinksTheOfficialPageToCheck() {
			Document page = page("/compare");
			Element fee = page.selectFirst("#row-exam-fee td[data-label=CPC] small");
			assertThat(fee.text()).contains("(third-party site)").contains("check on aapc.com before paying");
			assertThat(fee.select("a").eachAttr("href")).containsExactly("https://mbc-bv6.pages.dev/certifications/cpc",
					"https://www.aapc.com/resources/cpc-exam-faqs");
			assertThat(page.select("#row-ceus td[data-label=CPC] small").text())
				.isEqualTo("Source: AAPC (official), as of Dec 2026")
				.doesNotContain("third-party");
		}

		@Test
		void linksCarryNoRelAttributeSinceThePolicyHeaderWithholdsTheReferrer() {
			assertThat(page("/compare").select("small a[rel]")).isEmpty();
		}

		@Test
		void showsMemberPricesWhenMembershipSaysSo() {
			String ccsFee = "#row-exam-fee td[data-label=CCS] li";
			assertThat(page("/compare?membership=ahima").select(ccsFee)).extracting(Element::ownText)
				.containsExactly("$299 for AHIMA members");
			assertThat(page("/compare").select(ccsFee)).extracting(Element::ownText)
				.containsExactly("$299 for AHIMA members", "$399 for non-members");
		}

	}

	@Nested
	class Table {

		@Test
		void keepsTheOddsOfPassingAndTheFirstPayThatTheResultShowsUnderItsNumbers() {
			assertThat(page("/compare").select("#row-pass-rate, #row-entry-pay")).hasSize(2);
		}

		@Test
		void aRowTheSameForBothIsShownOnceAcrossBothColumns() {
			Element outlook = page("/compare").selectFirst("#row-outlook");
			assertThat(outlook.select("td")).singleElement()
				.satisfies((cell) -> assertThat(cell.attr("colspan")).isEqualTo("2"));
			assertThat(outlook.select(".comparison__both-label").text()).isEqualTo("The same for CPC and CCS:");
			assertThat(outlook.select("ul.facts li")).hasSize(1);
		}

		@Test
		void rowHeadersAndColumnHeadersAreScoped() {
			Document page = page("/compare");
			assertThat(page.select("thead th[scope=col]")).hasSize(2);
			assertThat(page.select("tbody th[scope=row]")).hasSizeGreaterThan(15);
			assertThat(page.select("caption").text()).isNotBlank();
		}

		@Test
		void listsTheRelatedCredentials() {
			Document page = page("/compare");
			assertThat(page.select(".related__list dt").eachText()).hasSize(6)
				.anyMatch((name) -> name.startsWith("CPC-A"))
				.anyMatch((name) -> name.startsWith("RHIT"));
		}

		@Test
		void hasNoRecommendedColumnAndInvitesToStart() {
			Document page = page("/compare");
			assertThat(page.select(".recommended")).isEmpty();
			assertThat(page.select("a.button").attr("href")).isEqualTo("/questions/setting");
		}

	}

	@Nested
	class DifferencesOnly {

		@Test
		void togglesWithLinksThatKeepTheAnswers() {
			Document all = page("/compare?membership=aapc");
			assertThat(all.select("#row-outlook")).hasSize(1);
			assertThat(all.select(".comparison__views a[href]").eachAttr("href"))
				.as("the view shown is named, not linked")
				.containsExactly("/compare?membership=aapc&view=differences");
			assertThat(all.select(".comparison__views a[aria-current=page]").hasAttr("href")).isFalse();
			Document differences = page("/compare?membership=aapc&view=differences");
			assertThat(differences.select("#row-outlook")).isEmpty();
			assertThat(differences.select(".comparison__views a[aria-current=page]").text())
				.isEqualTo("Only where they differ");
		}

		@Test
		void anUnknownViewGetsABadRequestPageThatKeepsTheAnswers() {
			MvcTestResult result = mvc.get().uri("/compare?view=sideways&setting=inpatient").exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = Html.parse(result);
			assertThat(page.select(".problem__what").text())
				.isEqualTo("“sideways” is not a value “view” takes. It takes: all, differences.");
			assertThat(page.select("a.button").attr("href")).isEqualTo("/compare?setting=inpatient");
		}

		@Test
		void anUnknownMembershipGetsTheBadAnswersPage() {
			MvcTestResult result = mvc.get().uri("/compare?membership=acme").exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("text/html");
			Document page = Html.parse(result);
			assertThat(page.select("header.site-header")).hasSize(1);
			assertThat(page.select("h1").text()).isEqualTo("Some answers in this link were not understood");
			assertThat(page.select(".problem")).hasSize(1);
		}

	}

	@Nested
	class Freshness {

		@Test
		void flagsAFactPastTheShelfLifeOfItsKindInWordsAndKeepsItsDate() {
			Document page = page("/compare");
			Element renewal = page.selectFirst("#row-renewal-fee td[data-label=CCS] li");
			assertThat(renewal.select(".provenance__stale").text()).isEqualTo("possibly out of date");
			assertThat(renewal.text()).contains("as of 2021");
			assertThat(page.select("#row-issuer .provenance__stale")).isEmpty();
			assertThat(page.select("#row-ceus .provenance__stale")).isEmpty();
		}

		@Test
		void eachSectionWithSomethingToCheckSaysSoInOneLine() {
			Document page = page("/compare");
			assertThat(page.select("#row-issuer").first().previousElementSiblings().select(".caveats").text())
				.isEqualTo(
						"2 of the facts about the credentials here are older than 5 years: check them on ahima.org.");
			assertThat(page.select(".comparison__caveats").eachText()).contains(
					"1 of the policies here is older than 2 years; 1 of the prices here is older than a year: check them"
							+ " on ahima.org. 5 prices here come only from a third-party site: check them on aapc.com or"
							+ " ahima.org before paying.",
					"1 of the exam rules here is older than 2 years: check it on aapc.com.",
					"3 of the salary and job figures here are older than 2 years: check them on aapc.com or bls.gov.");
			assertThat(page.select(".comparison__caveats")).hasSize(5);
		}

	}

	@Nested
	@TestPropertySource(properties = "cert-advisor.feedback.email=facts@school.example")
	class WithAFeedbackAddress {

		@Autowired
		private MockMvcTester mvc;

		@Test
		void theComparisonPageNamesItselfInItsReportLinks() {
			Document page = Html.okPage(this.mvc, "/compare?membership=ahima");
			assertThat(page.selectFirst("#row-issuer .report").attr("href"))
				.contains("http%3A%2F%2Flocalhost%2Fcompare%3Fmembership%3Dahima%26lang%3Den%26edition%3D2026-12-07.4");
			assertThat(page.select(".report")).hasSize(page.select(".comparison__table tbody tr[id^=row-]").size());
		}

	}

}
