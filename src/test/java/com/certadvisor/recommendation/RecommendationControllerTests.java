package com.certadvisor.recommendation;

import com.certadvisor.AdvisorServices;
import com.certadvisor.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(RecommendationController.class)
@Import(AdvisorServices.class)
class RecommendationControllerTests {

	@Autowired
	private MockMvcTester mvc;

	private Document page(String uri) {
		return Html.okPage(this.mvc, uri);
	}

	@Nested
	class Verdict {

		@Test
		void beginnerWantingAPhysicianOfficeIsToldCpcWithReasons() {
			Document page = page("/recommendation?setting=outpatient&experience=none&education=none");
			assertThat(page.select("h1").text()).isEqualTo("We recommend the CPC (Certified Professional Coder)");
			assertThat(page.select(".scores").text()).contains("CPC 7 points")
				.contains("CCS 0 points")
				.contains("Margin 7 points");
			assertThat(page.select(".reasons li")).hasSize(3);
			assertThat(page.select(".reasons li").first().text()).contains("Where would you like to work?")
				.contains("Your answer: Outpatient.")
				.contains("+3 points for the CPC");
		}

		@Test
		void himGraduateWithInpatientExperienceIsToldCcs() {
			Document page = page("/recommendation?setting=inpatient&experience=inpatient&education=him-degree");
			assertThat(page.select("h1").text()).isEqualTo("We recommend the CCS (Certified Coding Specialist)");
			assertThat(page.select(".reasons li").eachText()).allMatch((reason) -> reason.contains("for the CCS"));
		}

		@Test
		void allUnsureIsEitherAndSaysWhatWouldDecideIt() {
			Document page = page("/recommendation?setting=unsure&role=unsure&goal=unsure");
			assertThat(page.select("h1").text()).isEqualTo("Either certification could suit you");
			assertThat(page.text()).contains("Choose by where you want to work");
			assertThat(page.select(".flips__group").eachText()).containsExactly("Answers that would make it the CPC",
					"Answers that would make it the CCS");
			assertThat(page.select(".flips ul").get(1).select("a").eachText())
				.contains("Where would you like to work? “Inpatient”");
		}

		@Test
		void flipLinksOpenTheResultWithThatOneAnswerChanged() {
			Document page = page("/recommendation?setting=outpatient");
			assertThat(page.select(".flips a").eachAttr("href")).contains("/recommendation?setting=inpatient");
		}

		@Test
		void noAnswersStillRendersAndInvitesToStart() {
			Document page = page("/recommendation");
			assertThat(page.select("h1").text()).isEqualTo("Either certification could suit you");
			assertThat(page.select(".notice a").attr("href")).isEqualTo("/questions/setting");
		}

		@Test
		void showsTheShareLinkWithTheAnswers() {
			Document page = page("/recommendation?education=him-degree&setting=inpatient");
			assertThat(page.select("input#share-link").attr("value")).isEqualTo(
					"http://localhost/recommendation?setting=inpatient&education=him-degree&lang=en&edition=2026-12-02");
			assertThat(page.select("label[for=share-link]")).hasSize(1);
			assertThat(page.select("a:contains(Change your answers)").attr("href"))
				.isEqualTo("/check?setting=inpatient&education=him-degree");
		}

		@Test
		void keepsACounselorsSuggestionsInEveryLink() {
			String suggested = "counselor=setting%3Aoutpatient";
			Document page = page("/recommendation?setting=outpatient&counselor=setting:outpatient");
			assertThat(page.select("input#share-link").attr("value")).isEqualTo(
					"http://localhost/recommendation?setting=outpatient&" + suggested + "&lang=en&edition=2026-12-02");
			assertThat(page.select("a:contains(Change your answers)").attr("href"))
				.isEqualTo("/check?setting=outpatient&" + suggested);
			assertThat(page.select(".flips a").eachAttr("href")).isNotEmpty()
				.allMatch((href) -> href.endsWith("&" + suggested));
		}

	}

	@Nested
	class Comparison {

		@Test
		void highlightsTheRecommendedColumnInWordsNotOnlyColour() {
			Document page = page("/recommendation?setting=inpatient");
			Element recommendedHeader = page.selectFirst("thead th.recommended");
			assertThat(recommendedHeader.text()).startsWith("CCS").contains("Recommended for you");
			assertThat(page.select("tbody td.recommended")).allMatch((cell) -> "CCS".equals(cell.attr("data-label")));
		}

		@Test
		void everyFactShowsASourceWhetherItIsOfficialAndAnAsOfDate() {
			Document page = page("/compare");
			Elements facts = page.select(".fact");
			assertThat(facts).hasSizeGreaterThan(40);
			assertThat(facts).allSatisfy((fact) -> {
				assertThat(fact.select(".provenance a").attr("href")).startsWith("http");
				assertThat(fact.select(".provenance").text())
					.containsPattern("\\((AAPC|AHIMA|BLS|O\\*NET), official\\)|\\(third-party site\\)")
					.containsPattern("as of (\\d{1,2} )?([A-Z][a-z]{2} )?\\d{4}");
			});
		}

		@Test
		void aPriceOnlyAThirdPartySiteGivesSaysSoAndLinksTheOfficialPageToCheck() {
			Element fee = page("/compare").selectFirst("#row-exam-fee td[data-label=CPC] .provenance");
			assertThat(fee.text()).contains("(third-party site)").contains("check on aapc.com before paying");
			assertThat(fee.select("a").eachAttr("href")).containsExactly("https://mbc-bv6.pages.dev/certifications/cpc",
					"https://www.aapc.com/resources/cpc-exam-faqs");
			assertThat(page("/compare").select("#row-ceus .provenance").text()).contains("(AAPC, official)")
				.doesNotContain("third-party");
		}

		@Test
		void noFactCarriesABadgeAnyMore() {
			assertThat(page("/recommendation?setting=outpatient").select(".tag--estimate, .tag--stale")).isEmpty();
		}

		@Test
		void aRowTheSameForBothIsShownOnceAcrossBothColumns() {
			Element outlook = page("/compare").selectFirst("#row-outlook");
			assertThat(outlook.select("td")).singleElement()
				.satisfies((cell) -> assertThat(cell.attr("colspan")).isEqualTo("2"));
			assertThat(outlook.select(".comparison__both-label").text()).isEqualTo("The same for CPC and CCS:");
			assertThat(outlook.select(".fact")).hasSize(1);
		}

		@Test
		void rowHeadersAndColumnHeadersAreScoped() {
			Document page = page("/compare");
			assertThat(page.select("thead th[scope=col]")).hasSize(2);
			assertThat(page.select("tbody th[scope=row]")).hasSizeGreaterThan(15);
			assertThat(page.select("caption").text()).isNotBlank();
		}

		@Test
		void showsMemberPricesWhenMembershipSaysSo() {
			String ccsFee = "#row-exam-fee td[data-label=CCS] .fact__text";
			assertThat(page("/compare?membership=ahima").select(ccsFee).eachText())
				.containsExactly("$299 for AHIMA members");
			assertThat(page("/recommendation?membership=none").select(ccsFee).eachText())
				.containsExactly("$399 for non-members");
			assertThat(page("/compare").select(ccsFee).eachText()).containsExactly("$299 for AHIMA members",
					"$399 for non-members");
		}

		@Test
		void listsTheRelatedCredentials() {
			Document page = page("/compare");
			assertThat(page.select(".related__list dt").eachText()).hasSize(6)
				.anyMatch((name) -> name.startsWith("CPC-A"))
				.anyMatch((name) -> name.startsWith("RHIT"));
		}

		@Test
		void comparePageHasNoRecommendedColumn() {
			Document page = page("/compare");
			assertThat(page.select(".recommended")).isEmpty();
			assertThat(page.select("a.button").attr("href")).isEqualTo("/questions/setting");
		}

	}

	@Nested
	class BadInput {

		@ParameterizedTest
		@ValueSource(
				strings = { "/recommendation?setting=hospital", "/recommendation?setting=inpatient&setting=outpatient",
						"/recommendation?salary=high", "/compare?membership=acme" })
		void answersABadRequestPageInTheSiteLayout(String uri) {
			MvcTestResult result = mvc.get().uri(uri).exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("text/html");
			Document page = Html.parse(result);
			assertThat(page.select("header.site-header")).hasSize(1);
			assertThat(page.select("h1").text()).isEqualTo("Some answers in this link were not understood");
			assertThat(page.select(".problem")).hasSize(1);
		}

		@Test
		void repeatedAnswerNamesBothValuesAndKeepsTheOthers() {
			Document page = Html
				.parse(mvc.get().uri("/recommendation?setting=inpatient&setting=outpatient&role=unsure").exchange());
			assertThat(page.select(".problem__what").text()).isEqualTo(
					"“Where would you like to work?” is answered more than once (inpatient, outpatient). Pick one answer.");
			assertThat(page.select("a.button").attr("href")).isEqualTo("/recommendation?role=unsure");
			assertThat(page.select(".problem a").attr("href")).isEqualTo("/questions/setting?role=unsure");
		}

		@Test
		void unknownQuestionListsTheQuestions() {
			Document page = Html.parse(mvc.get().uri("/recommendation?salary=high").exchange());
			assertThat(page.select(".problem__what").text()).isEqualTo("“salary” is not one of our questions.");
			assertThat(page.select(".problem").text()).contains("setting, role, experience");
		}

		@Test
		void overLongValueIsShortenedInTheMessage() {
			String longValue = "x".repeat(500);
			MvcTestResult result = mvc.get().uri("/recommendation").param("goal", longValue).exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(Html.body(result)).doesNotContain(longValue)
				.contains("The answer to “Where do you want your career to go?” is too long");
		}

	}

	@Nested
	class WhatIf {

		@Test
		void offersEveryOtherChoiceAndMarksThoseThatFlipTheVerdict() {
			Document page = page("/recommendation?setting=outpatient");
			Element setting = page.select(".what-if__question").first();
			assertThat(setting.select(".what-if__current").text()).isEqualTo("Your answer: Outpatient.");
			assertThat(setting.select(".what-if__choices a").eachText()).containsExactly("Inpatient", "Not sure yet");
			assertThat(setting.select(".what-if__choices li").get(0).text()).contains("Changes it to the CCS");
			assertThat(setting.select(".what-if__choices li").get(1).text()).contains("Changes it to either");
			assertThat(setting.select(".what-if__choices a").first().attr("href"))
				.isEqualTo("/recommendation?setting=inpatient");
			assertThat(page.select(".what-if__question")).hasSize(8);
		}

		@Test
		void clickingAFlippingChoiceShowsTheOtherVerdict() {
			Document either = page("/recommendation?setting=unsure&role=unsure&goal=unsure");
			Element flipping = either.select(".what-if__choices li:has(.tag--flips)").first();
			assertThat(flipping.text()).contains("Changes it to the CPC");
			Document flipped = page(flipping.select("a").attr("href"));
			assertThat(flipped.select("h1").text()).startsWith("We recommend the CPC");
		}

	}

	@Nested
	class Pictures {

		@Test
		void drawsTheScoresWithATextEquivalent() {
			Document page = page("/recommendation?setting=outpatient&experience=none&education=none");
			Element svg = page.selectFirst("svg.score-bar");
			assertThat(svg.attr("role")).isEqualTo("img");
			assertThat(svg.select("desc").text()).isEqualTo(
					"CPC 7 points, CCS 0 points: the CPC leads by 7 points; a lead of 2 points or more decides.");
			assertThat(svg.select(".score-bar__bar--cpc").attr("width")).isEqualTo("240");
			assertThat(svg.select(".score-bar__bar--ccs").attr("width")).isEqualTo("0");
			assertThat(svg.select(".score-bar__margin").attr("width")).isEqualTo("240");
		}

		@Test
		void drawsEachPathAsATimelineWithItsStagesListed() {
			Document page = page("/recommendation?setting=outpatient");
			Element cpc = page.selectFirst("article#plan-CPC, article:has(h3#plan-CPC)");
			assertThat(cpc.select("svg.timeline circle.timeline__step")).hasSize(4);
			assertThat(cpc.select("svg.timeline title").text())
				.startsWith("The path to the CPC, not to scale: Prepare");
			assertThat(cpc.select(".plan__steps li").eachText())
				.anyMatch((step) -> step.startsWith("CPC-A apprentice"));
			assertThat(cpc.hasClass("plan--recommended")).isTrue();
		}

		@Test
		void totalsTheFirstTwoYearsAtNonMemberPricesByDefault() {
			Document page = page("/recommendation");
			assertThat(page.select("article:has(h3#plan-CPC) tfoot tr").first().text())
				.isEqualTo("Total for two years $869");
			assertThat(page.select("article:has(h3#plan-CCS) tfoot tr").first().text())
				.isEqualTo("Total for two years $617");
			assertThat(page.select("article:has(h3#plan-CPC) tbody tr").get(1).text()).contains("$444");
		}

		@Test
		void usesMemberPricesAndSaysWhenATotalIsOnlyAMinimum() {
			Document page = page("/recommendation?membership=ahima");
			Element ccs = page.selectFirst("article:has(h3#plan-CCS)");
			assertThat(ccs.select("tbody tr").eachText()).anyMatch((line) -> line.contains("$299"))
				.anyMatch((line) -> line.contains("Not confirmed"))
				.noneMatch((line) -> line.contains("$399"));
			assertThat(ccs.select("tfoot tr").first().text()).isEqualTo("Total for two years At least $299");
		}

	}

	@Nested
	class DifferencesOnly {

		@Test
		void showsOnlyRowsThatDifferMostRelevantFirst() {
			Document page = page("/recommendation?membership=ahima&setting=inpatient&view=differences");
			assertThat(page.select("#row-outlook")).isEmpty();
			assertThat(page.select("tbody tr[id]").first().id()).isEqualTo("row-focus");
			assertThat(page.select(".comparison__views a[aria-current=page]").text())
				.isEqualTo("Only where they differ");
		}

		@Test
		void togglesWithLinksThatKeepTheAnswers() {
			Document all = page("/compare?membership=aapc");
			assertThat(all.select("#row-outlook")).hasSize(1);
			assertThat(all.select(".comparison__views a").eachAttr("href")).containsExactly("/compare?membership=aapc",
					"/compare?membership=aapc&view=differences");
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

	}

	@Nested
	class AlsoConsider {

		@Test
		void suggestsTheCcaToABeginnerWhoWantsHospitals() {
			Document page = page("/recommendation?experience=none&setting=inpatient");
			assertThat(page.select(".also dt").eachText()).anyMatch((name) -> name.startsWith("CCA"))
				.anyMatch((name) -> name.startsWith("CPC-A"))
				.noneMatch((name) -> name.startsWith("COC"));
		}

		@Test
		void isLeftOutWhenNothingIsRelevant() {
			assertThat(page("/recommendation").select(".also")).isEmpty();
		}

	}

	@Nested
	class Freshness {

		/** The page the December 2026 fact check counted 51 badges on. */
		private static final String BILLING_SPECIALIST = "/recommendation?setting=outpatient&role=billing-specialist"
				+ "&experience=none&education=coding-course";

		@Test
		void flagsAFactPastTheShelfLifeOfItsKindInWordsAndKeepsItsDate() {
			Document page = page("/compare");
			Element renewal = page.selectFirst("#row-renewal-fee td[data-label=CCS] .fact");
			assertThat(renewal.select(".provenance__stale").text()).isEqualTo("possibly out of date");
			assertThat(renewal.text()).contains("as of 2021");
			assertThat(page.select("#row-issuer .provenance__stale")).isEmpty();
			assertThat(page.select("#row-ceus .provenance__stale")).isEmpty();
		}

		@Test
		void theBillingSpecialistPageWarnsOnlyAboutEightFactsWorthCheckingAgain() {
			Document page = page(BILLING_SPECIALIST);
			Elements stale = page.select(".provenance__stale");
			assertThat(stale).hasSize(8);
			assertThat(stale).extracting((flag) -> flag.closest(".fact, tr, li").selectFirst(".fact__text").text())
				.containsExactlyInAnyOrder(
						"Facility coding, often in a hospital, covering inpatient and outpatient records",
						"ICD-10-CM and CPT", "After a 30-day wait (since 11 Sep 2023)",
						"$50 for each 30-day extension of your eligibility window, up to 90 days",
						"$218 every 2 years for non-members, plus $50 per extra credential; members pay a reduced fee,"
								+ " amount not published",
						"Average $58,055 in 2022 (AAPC)",
						"BLS median pay $50,250 (May 2024); +7% growth expected 2024–34",
						"Recertification at the end of the first 2-year cycle (non-member price)");
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
					"2 of the salary and job figures here are older than 2 years: check them on aapc.com or bls.gov.");
			assertThat(page.select(".comparison__caveats")).hasSize(4);
		}

	}

	@Nested
	class EditionNotices {

		@Test
		void aLinkFromAnOlderEditionShowsTodaysFactsAndWhatChangedSince() {
			Document page = page("/recommendation?setting=inpatient&edition=2026-11-26");
			Element notice = page.selectFirst(".edition-notice");
			assertThat(notice.text()).startsWith("The facts have changed since this link was made.")
				.contains(
						"It was made with catalog edition 2026-11-26; this page shows today’s facts, edition 2026-12-02.");
			assertThat(notice.select("summary").text()).isEqualTo("What changed: 10 changes");
			assertThat(notice.select("details li")).hasSize(10);
			assertThat(notice.select("li").first().text()).startsWith("CCS background corrected")
				.endsWith("(AHIMA: CCS certification overview)");
			assertThat(page.select("#row-exam-time td[data-label=CPC] .fact__text").text()).isEqualTo("4 hours");
		}

		@ParameterizedTest
		@ValueSource(strings = { "2026-12-02", "2027-03-01", "2026-12-02.2" })
		void aLinkOfThisEditionOrAnUnknownLaterOneShowsNoNotice(String edition) {
			assertThat(page("/recommendation?setting=inpatient&edition=" + edition).select(".edition-notice"))
				.isEmpty();
		}

		@ParameterizedTest
		@ValueSource(
				strings = { "yesterday", "2026-13-01", "2026-12-02.0", "26-12-02", "2026-12-02&edition=2026-12-01" })
		void aMalformedOrRepeatedEditionIsA400NamingItWithTheAnswersKept(String edition) {
			MvcTestResult result = RecommendationControllerTests.this.mvc.get()
				.uri("/recommendation?setting=inpatient&edition=" + edition)
				.exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = Html.parse(result);
			assertThat(page.select(".problem__what").text()).contains("“edition”").contains("2026-12-02");
			assertThat(page.select("a.button").attr("href")).isEqualTo("/recommendation?setting=inpatient");
		}

	}

	@Nested
	class WithoutAFeedbackAddress {

		@Test
		void showsNoReportLinks() {
			assertThat(page("/recommendation?setting=inpatient").select(".report")).isEmpty();
		}

	}

	@Nested
	@TestPropertySource(properties = "cert-advisor.feedback.email=facts@school.example")
	class WithAFeedbackAddress {

		@Autowired
		private MockMvcTester mvc;

		@Test
		void everyComparisonRowPathStepAndCostHasAReportLinkNamingTheFactAndThePage() {
			Document page = Html.okPage(this.mvc, "/recommendation?setting=inpatient&lang=es");
			int rows = page.select(".comparison__table tbody tr[id^=row-]").size();
			int steps = page.select(".plan__steps li").size();
			int costs = page.select(".costs tbody tr, .costs tfoot tr.costs__optional").size();
			assertThat(page.select(".report")).hasSize(rows + steps + costs);
			Element examFee = page.selectFirst("#row-exam-fee .report");
			assertThat(examFee.text()).isEqualTo("Informar de un problema con «Tarifa del examen»");
			assertThat(examFee.attr("href")).startsWith("mailto:facts@school.example?subject=")
				.contains("comparison.exam-fee")
				.contains(
						"http%3A%2F%2Flocalhost%2Frecommendation%3Fsetting%3Dinpatient%26lang%3Des%26edition%3D2026-12-02")
				.doesNotContain("CERT-ADVISOR-PAGE-LINK");
			assertThat(page.select(".plan__steps .report").first().attr("href")).contains("paths.CPC%5B0%5D");
		}

		@Test
		void theComparisonPageNamesItselfInItsReportLinks() {
			Document page = Html.okPage(this.mvc, "/compare?membership=ahima");
			assertThat(page.selectFirst("#row-issuer .report").attr("href"))
				.contains("http%3A%2F%2Flocalhost%2Fcompare%3Fmembership%3Dahima%26lang%3Den%26edition%3D2026-12-02");
		}

	}

}
