package com.certadvisor.result;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.certadvisor.AdvisorServices;
import com.certadvisor.Html;
import com.certadvisor.catalog.Source;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriUtils;

import static com.certadvisor.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(ResultController.class)
@Import(AdvisorServices.class)
class ResultControllerTests {

	/**
	 * A beginner who wants a physician office: CPC, exam in June 2027 from December 2026.
	 */
	private static final String BEGINNER = "/recommendation?setting=outpatient&experience=none&education=none";

	@Autowired
	private MockMvcTester mvc;

	private Document page(String uri) {
		return Html.okPage(this.mvc, uri);
	}

	private Document badRequest(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("text/html");
		return Html.parse(result);
	}

	@Nested
	class LinksThatWereShared {

		@ParameterizedTest
		@ValueSource(strings = { "utm_source=zqnewsletter", "utm_medium=zqemail&utm_campaign=zqfall", "fbclid=zqIwAR3x",
				"gclid=zqCj0K", "msclkid=zq1a2b", "mc_cid=zq5c1d&mc_eid=zq9f2e", "_ga=zq2.1.3", "ref=zqproducthunt" })
		void openAsIfTheTrackingParametersWereAbsentAndDoNotCarryThemOn(String tracking) {
			Document clean = page("/recommendation?setting=inpatient&role=him-manager");
			Document tracked = page("/recommendation?" + tracking + "&setting=inpatient&role=him-manager");
			assertThat(tracked.select("input#share-link").attr("value"))
				.isEqualTo(clean.select("input#share-link").attr("value"));
			assertThat(tracked.select("a[href]").eachAttr("href")).isEqualTo(clean.select("a[href]").eachAttr("href"));
			assertThat(tracked.html()).as("no value of a tracking parameter on the page").doesNotContain("zq");
		}

		@Test
		void anyOtherUnknownParameterIsStillABadRequest() {
			assertThat(badRequest("/recommendation?utm_source=x&colour=blue&setting=inpatient").text())
				.contains("colour");
		}

		@Test
		void answersInAnotherCaseOrWithSpacesReadAsTheCatalogWritesThemAndLinksUseThatSpelling() {
			MvcTestResult result = ResultControllerTests.this.mvc.get()
				.uri(URI.create("/recommendation?setting=%20Inpatient%C2%A0&role=HIM-Manager"))
				.exchange();
			assertThat(result).hasStatusOk();
			Document page = Html.parse(result);
			assertThat(page.select("input#share-link").attr("value"))
				.startsWith("http://localhost/recommendation?setting=inpatient&role=him-manager&");
			assertThat(page.select("h1").text()).isEqualTo("We recommend the CCS (Certified Coding Specialist)");
		}

	}

	@Nested
	class Verdict {

		@Test
		void beginnerWantingAPhysicianOfficeIsToldCpcWithReasons() {
			Document page = page(BEGINNER);
			assertThat(page.select("h1").text()).isEqualTo("We recommend the CPC (Certified Professional Coder)");
			assertThat(page.select(".why").text()).startsWith("Mainly because: ");
			assertThat(page.select(".reasons li")).hasSize(3);
			assertThat(page.select(".reasons li").first().text())
				.startsWith("Your answer: Physician offices and clinics.")
				.endsWith("+3 points for the CPC");
		}

		@Test
		void namesNoSchoolWithoutASchoolFile() {
			Document page = page(BEGINNER);
			assertThat(page.select("section.offer, .costs__offer, .offer__start")).isEmpty();
		}

		@Test
		void everyDecidingReasonLinksThePageThatSaysIt() {
			Document page = page(BEGINNER);
			assertThat(page.select(".reasons li"))
				.allSatisfy((reason) -> assertThat(reason.select(".reasons__source a[href^=https://]").attr("href"))
					.isNotEmpty());
			assertThat(page.select(".reasons li .reasons__source").first().text()).isEqualTo("Source: AAPC (official)");
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
			assertThat(page.text()).contains("Choose by whose work you want to code");
			assertThat(page.select(".flips__group").eachText()).containsExactly("Answers that would make it the CPC",
					"Answers that would make it the CCS");
			assertThat(page.select(".flips ul").get(1).select("li").eachText())
				.contains("Where would you like to work? “Hospital outpatient”, “Inpatient”");
		}

		@Test
		void theSummaryOfWhatWouldChangeItNamesEachQuestionOnceAndLeadsToTheirChoicesInOneLink() {
			String answers = "?setting=unsure&role=unsure&goal=unsure";
			Document result = page("/recommendation" + answers);
			Element toCcs = result.select(".flips ul").get(1);
			assertThat(toCcs.select("li").eachText()).contains(
					"Which job sounds most like you? “Inpatient coder”, “Coding manager”, “Health information manager”");
			assertThat(toCcs.select("a")).as("one link below leads to every choice").isEmpty();
			assertThat(result.select(".what-if__more a").attr("href"))
				.isEqualTo("/recommendation/other-answers" + answers);
			Document others = page("/recommendation/other-answers" + answers);
			Element othersToCcs = others.select(".flips ul").get(1);
			assertThat(othersToCcs.select("li").eachText()).isEqualTo(toCcs.select("li").eachText());
			assertThat(othersToCcs.select("a").eachAttr("href")).doesNotHaveDuplicates()
				.allSatisfy((href) -> assertThat(others.select(href + " .tag--flips")).as(href).isNotEmpty());
		}

		@Test
		void noAnswersStillRendersAndInvitesToStart() {
			Document page = page("/recommendation");
			assertThat(page.select("h1").text()).isEqualTo("Either certification could suit you");
			assertThat(page.select(".notice a").attr("href")).isEqualTo("/questions/setting");
		}

	}

	@Nested
	class Layout {

		private int position(Document page, String selector) {
			Element element = page.selectFirst(selector);
			assertThat(element).as(selector).isNotNull();
			return page.getAllElements().indexOf(element);
		}

		@Test
		void readsNumbersThenWhatDecidedItThenThePlanThenTheComparisonThenWhatIf() {
			Document page = page(BEGINNER);
			assertThat(
					List.of(position(page, "h1"), position(page, "table.numbers"), position(page, "#deciding-heading"),
							position(page, "section.plan"), position(page, "section.plan .when"),
							position(page, "details#comparison"), position(page, "details#what-if")))
				.isSorted();
		}

		@Test
		void theComparisonAndTheOtherAnswersAreFoldedByDefault() {
			Document page = page(BEGINNER);
			assertThat(page.select("details#comparison, details#what-if")).hasSize(2)
				.allSatisfy((details) -> assertThat(details.hasAttr("open")).isFalse());
			assertThat(page.select("details#comparison summary h2").text()).isEqualTo("CPC and CCS side by side");
		}

		@Test
		void theNumbersGiveBothCredentialsTimeToHoldWithoutRestrictionCostAndExam() {
			Element numbers = page(BEGINNER).selectFirst("table.numbers");
			assertThat(numbers.select("thead th").eachText()).containsExactly("CPC", "CCS");
			assertThat(numbers.select("tbody tr").eachText()).containsExactly(
					"Time to hold it 6 months, by June 2027 22 months, by October 2028",
					"Time to hold it without restriction 18 months, by June 2028 Same: no apprentice stage",
					"The first two years cost, all in At least $869 At least $617",
					"The exam 100 multiple-choice questions in 4 hours, with your code books."
							+ " Taken with Pearson VUE within 120 days of approval.");
		}

		@Test
		void showsAPathwayOnlyWhenTheAnswersCallForOne() {
			Element pathway = page("/recommendation?setting=inpatient&experience=none").selectFirst("section.pathway");
			assertThat(pathway.select("strong").text())
				.isEqualTo("A coding credential now, a year of coding, then the CCS");
			assertThat(pathway.select(".pathway__steps li").eachText()).containsExactly(
					"The CPC now, or AHIMA's entry-level CCA: by June 2027", "A year of coding work: by June 2028",
					"The CCS: by October 2028");
			assertThat(pathway.text()).contains("About 22 months in all, to October 2028")
				.contains("cost at least $1,486 together");
			assertThat(page(BEGINNER).select("section.pathway")).isEmpty();
		}

	}

	@Nested
	class Plan {

		@Test
		void showsTheRecommendedCredentialsPlanWithNextStepsDatesAndCosts() {
			Element plan = page(BEGINNER).selectFirst("section.plan");
			assertThat(plan.select("h2").text()).isEqualTo("Your plan for the CPC");
			assertThat(plan.select("ol.steps li a").eachText()).first().isEqualTo("Join AAPC");
			assertThat(plan.select("ol.milestones li").eachText()).containsExactly(
					"December 2026 to June 2027: Study for the exam. 4–6 months at 10–15 hours a week without a coding"
							+ " background.",
					"June 2027: Sit the CPC exam. 100 multiple-choice questions in 4 hours, with your code books.",
					"No date: Retake, if needed. No AAPC waiting period was found; the two-attempt package includes a"
							+ " second try.",
					"June 2028: Earliest the A can come off. With no coding work yet: 1 year of coding plus an 80-hour"
							+ " course or Practicode, or 2 years of coding.",
					"June 2029: First CEU deadline. 36 CEUs every 2 years, with your AAPC membership kept up.");
			assertThat(plan.select("svg.timeline circle.timeline__step")).as("dated milestones only").hasSize(4);
			assertThat(plan.select("svg.timeline title").text())
				.startsWith("The CPC plan by month: June 2027: Study for the exam;")
				.endsWith("June 2029: First CEU deadline.");
			assertThat(plan.select("details.fold--print ul.sources-list li")).isNotEmpty()
				.allSatisfy((source) -> assertThat(source.select("small a").attr("href")).startsWith("https://"));
			assertThat(plan.select("ul.sources-list li").eachText())
				.contains("Join AAPC: Source: AAPC (official), as of Dec 2026");
			assertThat(plan.select("ul.sources-list > li > small")).extracting(Element::html)
				.as("each source and date named once")
				.doesNotHaveDuplicates();
		}

		@Test
		void nextStepsLinkToTheIssuingBodysOfficialPages() {
			assertThat(stepLinks(page(BEGINNER), "AAPC")).hasSize(5);
			assertThat(stepLinks(page("/recommendation?setting=inpatient&experience=inpatient"), "AHIMA")).hasSize(5)
				.allSatisfy((href) -> assertThat(href).startsWith("https://www.ahima.org/"));
			assertThat(page(BEGINNER).select("section.plan ol.steps a").eachAttr("href"))
				.anySatisfy((href) -> assertThat(href).startsWith("https://www.aapc.com/"))
				.noneSatisfy((href) -> assertThat(href).contains("cpctestprep").contains("medicoexam"));
		}

		/**
		 * The shown plan's next-step links, each an official source of {@code publisher}.
		 */
		private List<String> stepLinks(Document page, String publisher) {
			List<String> links = page.select("section.plan ol.steps a").eachAttr("href");
			assertThat(links).allSatisfy((href) -> assertThat(CATALOG.sources().values())
				.filteredOn((source) -> source.url().toString().equals(href))
				.isNotEmpty()
				.allSatisfy((source) -> assertThat(source).returns(true, Source::official)
					.returns(publisher, Source::publisher)));
			return links;
		}

		@Test
		void aStartMonthShiftsEveryDateAndTravelsWithTheLinks() {
			Document page = page(BEGINNER + "&start=2027-03");
			assertThat(page.select("table.numbers tbody tr").first().text())
				.isEqualTo("Time to hold it 6 months, by September 2027 22 months, by January 2029");
			assertThat(page.select("table.numbers + .hint").text()).startsWith("Counted from March 2027.");
			assertThat(page.select("section.plan h3").eachText()).contains("Dates for the CPC, starting in March 2027");
			assertThat(page.select("section.plan ol.milestones li").eachText())
				.contains("September 2027: Sit the CPC exam. 100 multiple-choice questions in 4 hours, with your code"
						+ " books.");
			assertThat(page.select("input#share-link").attr("value")).contains("&start=2027-03&lang=en");
			assertThat(page.select(".calendar-links a").eachAttr("href"))
				.allMatch((href) -> href.contains("start=2027-03"));
			assertThat(page.select("input#start").attr("value")).isEqualTo("2027-03");
		}

		@Test
		void theStartFormKeepsTheAnswersAndOffersLastMonthToTwoYearsAhead() {
			Element form = page(BEGINNER + "&counselor=setting:outpatient&class=a2b3c4d5e6")
				.selectFirst("form.start-form");
			assertThat(form.attr("action")).isEqualTo("/recommendation");
			Map<String, String> hidden = new LinkedHashMap<>();
			form.select("input[type=hidden]").forEach((input) -> hidden.put(input.attr("name"), input.attr("value")));
			assertThat(hidden).containsExactly(Map.entry("setting", "outpatient"), Map.entry("experience", "none"),
					Map.entry("education", "none"), Map.entry("counselor", "setting:outpatient"),
					Map.entry("class", "a2b3c4d5e6"), Map.entry("lang", "en"));
			Element month = form.selectFirst("input#start");
			assertThat(month.attr("type")).isEqualTo("month");
			assertThat(month.attr("min")).isEqualTo("2026-11");
			assertThat(month.attr("max")).isEqualTo("2028-12");
			assertThat(month.attr("value")).isEqualTo("2026-12");
		}

		@Test
		void planCcsShowsTheCcsPlanWithALinkBackToTheRecommendedOne() {
			Document page = page(BEGINNER + "&plan=CCS");
			assertThat(page.select("h1").text()).startsWith("We recommend the CPC");
			Element plan = page.selectFirst("section.plan");
			assertThat(plan.select("h2").text()).isEqualTo("The plan for the CCS");
			assertThat(plan.select("ol.steps a").first().text()).isEqualTo("Check the recommended background");
			assertThat(plan.select("ol.milestones li").eachText()).anyMatch((li) -> li.contains("Sit the CCS exam"));
			Element back = plan.selectFirst(".other-plan a");
			assertThat(back.text()).isEqualTo("Back to the plan for the CPC, the one we recommend");
			assertThat(back.attr("href")).isEqualTo(BEGINNER);
		}

		@Test
		void theRecommendedPlanLinksToTheOtherOne() {
			Element other = page(BEGINNER + "&start=2027-01").selectFirst("section.plan .other-plan a");
			assertThat(other.text()).isEqualTo("See the plan for the CCS instead");
			assertThat(other.attr("href")).isEqualTo(BEGINNER + "&start=2027-01&plan=CCS#plan-heading");
		}

		@Test
		void tooCloseToCallShowsThePlanTheAnswersLeanTowardsAndLinksToTheOther() {
			Document page = page("/recommendation?setting=inpatient&experience=none");
			assertThat(page.select("h1").text()).isEqualTo("Either certification could suit you");
			assertThat(page.select("section.plan h2").text()).isEqualTo("A plan for the CCS");
			assertThat(page.select("section.plan > .hint").text()).isEqualTo(
					"Too close to call, so this is one of two plans: the CCS’s comes first because your answers lean"
							+ " slightly towards it.");
			assertThat(page.select("section.plan .other-plan a").text()).isEqualTo("See the plan for the CPC instead");
		}

		@Test
		void tooCloseToCallAndLevelShowsTheEntryRouteNotACcsThatSkipsTheRecommendedBackground() {
			Document page = page("/recommendation");
			assertThat(page.select("section.plan h2").text()).isEqualTo("A plan for the CPC");
			assertThat(page.select("section.plan > .hint").text())
				.endsWith("because, with the background each one asks for, it is the one you can hold first.");
			assertThat(page.select(".numbers tr:first-child td").eachText())
				.as("the CCS with the year or two of coding AHIMA recommends")
				.containsExactly("6 months, by June 2027", "22 months, by October 2028");
		}

		@Test
		void anRhitHolderGoesStraightToTheCcsWithNoTwoCredentialPath() {
			Document page = page(
					"/recommendation?setting=inpatient&experience=none&education=credential&held=rhit-rhia");
			assertThat(page.select("h1").text()).isEqualTo("We recommend the CCS (Certified Coding Specialist)");
			assertThat(page.select(".numbers tbody tr:first-child td").eachText())
				.containsExactly("3 months, by March 2027", "4 months, by April 2027");
			assertThat(page.select("section.pathway")).as("no two-credential path for an RHIT").isEmpty();
		}

		@Test
		void aCpcAHoldersPlanHasNoExamToSit() {
			Document page = page("/recommendation?setting=outpatient&experience=none&education=credential&held=cpc-a");
			assertThat(page.select("section.plan ol.milestones li").eachText())
				.noneMatch((li) -> li.contains("Sit the CPC exam"))
				.noneMatch((li) -> li.contains("Study for the exam"))
				.anyMatch((li) -> li.contains("Passed already: you hold the CPC-A"))
				.anyMatch((li) -> li.contains("80-hour course plus CPC-A Practicode"));
			assertThat(page.select(".numbers tbody tr:first-child td").first().text()).startsWith("this month");
		}

		@Test
		void tooCloseToCallWithAChosenPlanSaysNothingOfWhyItComesFirst() {
			Document page = page("/recommendation?setting=inpatient&experience=none&plan=CPC");
			assertThat(page.select("section.plan h2").text()).isEqualTo("A plan for the CPC");
			assertThat(page.select("section.plan > .hint")).isEmpty();
			assertThat(page.select("section.plan .other-plan a").text()).isEqualTo("See the plan for the CCS instead");
		}

		@Test
		void theShownPlansCalendarLinkCarriesTheAnswersAndTheCertification() {
			Elements links = page(BEGINNER).select("section.plan .when .calendar-links a");
			assertThat(links.eachAttr("href"))
				.containsExactly("/plan.ics?setting=outpatient&experience=none&education=none&cert=CPC");
			assertThat(links).allSatisfy((link) -> assertThat(link.hasAttr("download")).isTrue());
			assertThat(links.eachText()).containsExactly("The CPC dates for your calendar (.ics)");
			assertThat(page(BEGINNER + "&plan=CCS").select(".calendar-links a").eachAttr("href"))
				.containsExactly("/plan.ics?setting=outpatient&experience=none&education=none&cert=CCS");
		}

		@Test
		void theStartFormKeepsAChosenPlan() {
			Element form = page(BEGINNER + "&plan=CCS").selectFirst("form.start-form");
			assertThat(form.select("input[name=plan]").eachAttr("value")).containsExactly("CCS");
			assertThat(page(BEGINNER).select("form.start-form input[name=plan]")).isEmpty();
		}

		@Test
		void totalsTheFirstTwoYearsAtNonMemberPricesByDefault() {
			assertThat(page("/recommendation?setting=outpatient").select("section.plan table.costs tfoot tr")
				.first()
				.text()).isEqualTo("Total for two years At least $869");
			Element ccs = page("/recommendation?setting=inpatient").selectFirst("section.plan table.costs");
			assertThat(ccs.select("tfoot tr").first().text()).isEqualTo("Total for two years At least $617");
			assertThat(page("/recommendation?setting=outpatient").select("section.plan table.costs tbody tr")
				.get(1)
				.text()).contains("$444");
		}

		@Test
		void usesMemberPricesAndSaysWhenATotalIsOnlyAMinimum() {
			Element ccs = page("/recommendation?setting=inpatient&membership=ahima")
				.selectFirst("section.plan table.costs");
			assertThat(ccs.select("tbody tr").eachText()).anyMatch((line) -> line.contains("$299"))
				.anyMatch((line) -> line.startsWith("AHIMA dues (no figure published; ask AHIMA)")
						&& line.endsWith("Unpublished"))
				.noneMatch((line) -> line.contains("$399"));
			assertThat(ccs.select("tfoot tr").first().text()).isEqualTo("Total for two years At least $299");
		}

	}

	/** The whole outlay, who can pay, the odds and the first pay. */
	@Nested
	class WholeCost {

		private Element costs(String uri) {
			return page(uri).selectFirst("section.plan table.costs");
		}

		@Test
		void aBeginnerSeesTheIssuersCourseTotalWithTheUnpublishedPricesSaidInItsFoldAndTheOtherRoutesAfterIt() {
			Document page = page(BEGINNER);
			Element costs = page.selectFirst("section.plan table.costs");
			assertThat(costs.selectFirst("caption").text())
				.isEqualTo("The first two years of the CPC, with the issuer's own course, in US dollars");
			assertThat(costs.select("tbody tr").eachText()).anyMatch(
					(row) -> row.startsWith("AAPC's CPC course (Practicode included)") && row.endsWith("Unpublished"))
				.anyMatch((row) -> row.startsWith("Code books the exam allows: AMA CPT Professional"));
			assertThat(costs.select("tfoot tr").first().text()).isEqualTo("Total for two years At least $869");
			Element fold = page.selectFirst("section.plan details.costs-fold");
			assertThat(fold.hasAttr("open")).isFalse();
			assertThat(fold.selectFirst("summary").text())
				.isEqualTo("What the CPC costs in two years, all in, with the issuer's own course: At least $869");
			Element others = fold.selectFirst(".costs-routes");
			assertThat(others.select("li strong").eachText()).containsExactly("studying on your own: At least $869.",
					"with a college programme: At least $2,869.", "with your course finished: At least $869.");
			assertThat(others.text())
				.contains("College certificate or associate programme (third-party range): $2,000 to $7,500.");
		}

		@Test
		void aCourseGraduateSeesOnlyWhatRemains() {
			Element costs = costs("/recommendation?setting=outpatient&education=coding-course");
			assertThat(costs.selectFirst("caption").text()).contains("with your course finished");
			assertThat(costs.select("tbody tr").eachText()).noneMatch((row) -> row.contains("CPC course"))
				.noneMatch((row) -> row.contains("programme"));
			assertThat(costs.select("tfoot tr.costs__optional").eachText())
				.anyMatch((row) -> row.startsWith("Practicode") && row.endsWith("+$250 to $300"));
		}

		@Test
		void aCpcAHolderPaysOnlyTheDuesAndTheTotalIsExact() {
			Element costs = costs("/recommendation?setting=outpatient&education=credential&held=cpc-a");
			assertThat(costs.select("tbody tr").eachText()).singleElement()
				.asString()
				.startsWith("AAPC membership (professional)")
				.endsWith("$444");
			assertThat(costs.select("tfoot tr").first().text()).isEqualTo("Total for two years $444");
		}

		@Test
		void theNumbersAreFollowedByTheOddsOfPassingAndTheFirstPayEachSourced() {
			Element odds = page(BEGINNER).selectFirst("#numbers-heading + table + p + details#odds");
			assertThat(odds.hasAttr("open")).isFalse();
			assertThat(odds.select("summary").text()).isEqualTo("Passing the exam, and the first pay");
			assertThat(odds.select("dt").eachText()).containsExactly("First-time pass rate",
					"Entry pay (all medical records specialists)");
			assertThat(odds.select("dd").eachText()).satisfiesExactly(
					(cpc) -> assertThat(cpc).startsWith("CPC: AAPC publishes no pass rate")
						.contains("(third-party site)"),
					(ccs) -> assertThat(ccs).startsWith("CCS: 84% of 6,331 first-time takers passed in 2025"),
					(pay) -> assertThat(pay).startsWith("$35,780 a year at the 10th percentile")
						.contains("possibly out of date"));
			assertThat(odds.select("li")).allSatisfy((fact) -> assertThat(fact.select("small a")).isNotEmpty());
		}

		@Test
		void everyWayToPayNamesItsSourceAndItsConditions() {
			Element funding = page(BEGINNER).selectFirst("details#funding");
			assertThat(funding.hasAttr("open")).isFalse();
			assertThat(funding.select("summary").text()).isEqualTo("Paying for it");
			assertThat(funding.select("li > strong").eachText()).containsExactly("Your employer:",
					"A WIOA training account:", "Service members and veterans:");
			assertThat(funding.select("li"))
				.allSatisfy((route) -> assertThat(route.select("small a[href^=http]")).isNotEmpty());
			assertThat(funding.select("a[href*=careeronestop.org]")).as("the official American Job Center finder")
				.hasSize(1);
			assertThat(page(BEGINNER + "&membership=aapc").select("details#funding li > strong").eachText())
				.as("AAPC's hardship fund is for its members")
				.endsWith("AAPC's hardship fund:");
			assertThat(page(BEGINNER + "&membership=aapc").select("details#funding").text())
				.contains("at least 12 months")
				.contains("not exams");
		}

		@Test
		void theOddsTheFirstPayAndTheNextStepsAreNotRepeatedInThePagesComparison() {
			Document page = page(BEGINNER);
			assertThat(
					page.select("#comparison #row-pass-rate, #comparison #row-entry-pay, #comparison #row-next-steps"))
				.isEmpty();
			assertThat(page.select("#odds dt")).hasSize(2);
			assertThat(page.select("section.plan ol.steps li")).isNotEmpty();
			assertThat(page.select("#comparison #row-salary")).hasSize(1);
		}

		@Test
		void theWholeCostIsInSpanish() {
			Document page = page(BEGINNER + "&lang=es");
			assertThat(page.selectFirst("section.plan table.costs caption").text())
				.isEqualTo("Los dos primeros años del CPC, con el curso del propio emisor, en dólares estadounidenses");
			assertThat(page.select("details#funding summary").text()).isEqualTo("Cómo pagarlo");
			assertThat(page.select("#odds dt").eachText()).containsExactly("Tasa de aprobados a la primera",
					"Sueldo de entrada (todos los especialistas en registros médicos)");
		}

	}

	@Nested
	class BadParameters {

		@ParameterizedTest
		@ValueSource(strings = { "2030-01", "2026-10", "2027-13", "March", "2027-3", "" })
		void aStartOutsideTheWindowIsA400NamingStartWithTheAnswersKept(String start) {
			Document page = badRequest(BEGINNER + "&start=" + start);
			assertThat(page.select(".problem__what").text())
				.isEqualTo("“" + start + "” is not a value “start” takes. It takes: 2026-11 … 2028-12.");
			assertThat(page.select("a.button").attr("href")).isEqualTo(BEGINNER);
		}

		@ParameterizedTest
		@ValueSource(strings = { "CPX", "cpc", "CCA" })
		void anUnknownPlanIsA400NamingPlanWithTheAnswersAndStartKept(String plan) {
			Document page = badRequest(BEGINNER + "&start=2027-02&plan=" + plan);
			assertThat(page.select(".problem__what").text())
				.isEqualTo("“" + plan + "” is not a value “plan” takes. It takes: CPC, CCS.");
			assertThat(page.select("a.button").attr("href")).isEqualTo(BEGINNER + "&start=2027-02");
		}

	}

	/**
	 * The optional state: its only effect is the local links, and every link keeps it.
	 */
	@Nested
	class State {

		private static final String INPATIENT = "/recommendation?setting=inpatient";

		@Test
		void aStateGivesThreeOfficialPagesForItEachSourcedAndOpensTheirFold() {
			Document page = page(INPATIENT + "&state=tx");
			Element odds = page.selectFirst("details#odds");
			assertThat(odds.hasAttr("open")).isTrue();
			assertThat(odds.select("p strong").text()).isEqualTo("For TX, on official sites:");
			assertThat(odds.select("ul.local > li > a").eachAttr("href")).containsExactly(
					"https://www.bls.gov/oes/current/oes_tx.htm",
					"https://www.careeronestop.org/LocalHelp/AmericanJobCenters/find-american-job-centers.aspx?location=TX",
					"https://www.careeronestop.org/FindTraining/find-training.aspx?keyword=medical%20coding&location=TX");
			assertThat(odds.select("ul.local > li"))
				.allSatisfy((link) -> assertThat(link.select("small").text()).contains("(official)"));
			assertThat(odds.select("input#state").attr("value")).isEqualTo("TX");
		}

		@Test
		void withoutAStateTheFormAsksForOneAndNoLocalFigureIsShown() {
			Document page = page(INPATIENT + "&start=2027-02");
			Element odds = page.selectFirst("details#odds");
			assertThat(odds.hasAttr("open")).isFalse();
			assertThat(odds.select("ul.local")).isEmpty();
			Element form = odds.selectFirst("form.state-form");
			assertThat(form.attr("method")).isEqualTo("get");
			assertThat(form.attr("action")).isEqualTo("/recommendation#odds");
			assertThat(form.select("input[type=hidden]").eachAttr("name")).contains("setting", "start", "lang");
			assertThat(form.select("input[name=start]").attr("value")).isEqualTo("2027-02");
			assertThat(form.select("label[for=state]").text()).contains("optional");
		}

		@Test
		void everyLinkOfThePageKeepsTheState() {
			Document page = page(INPATIENT + "&state=ca");
			assertThat(page.select("#share-link").attr("value")).contains("state=CA");
			assertThat(page.select(".what-if__more a").attr("href")).contains("state=CA");
			assertThat(page.select("p.other-plan a").attr("href")).contains("state=CA");
			assertThat(page("/recommendation/other-answers?setting=inpatient&state=ca").select(".flips a, a")
				.eachAttr("href")).filteredOn((href) -> href.startsWith("/recommendation?"))
				.isNotEmpty()
				.allSatisfy((href) -> assertThat(href).contains("state=CA"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "ZZ", "Texas", "T", "7X" })
		void anUnknownStateIsA400NamingItWithTheAnswersAndStartKept(String state) {
			Document page = badRequest(INPATIENT + "&start=2027-02&state=" + state);
			assertThat(page.select(".problem__what").text())
				.startsWith("“" + state + "” is not a state this page knows.")
				.contains("AL, AK, AZ");
			assertThat(page.select("a.button").attr("href")).isEqualTo(INPATIENT + "&start=2027-02");
		}

		@Test
		void choosingAnotherStartMonthKeepsTheState() {
			assertThat(page(INPATIENT + "&state=TX").select("form.start-form input[name=state]").attr("value"))
				.isEqualTo("TX");
			assertThat(page(INPATIENT).select("form.start-form input[name=state]")).isEmpty();
		}

		@Test
		void theFormSentWithAnEmptyFieldAsksForNoState() {
			Document page = page(INPATIENT + "&state=");
			assertThat(page.select("ul.local")).isEmpty();
			assertThat(page.select("details#odds").hasAttr("open")).isFalse();
			assertThat(page.select("#share-link").attr("value")).doesNotContain("state");
		}

		@Test
		void theStateDoesNotChangeTheVerdictOrTheCosts() {
			Document with = page(INPATIENT + "&state=NY");
			Document without = page(INPATIENT);
			assertThat(with.select("h1").text()).isEqualTo(without.select("h1").text());
			assertThat(with.select("table.numbers").text()).isEqualTo(without.select("table.numbers").text());
		}

		@Test
		void theFormAndTheLinksAreInSpanish() {
			Document page = page(INPATIENT + "&state=PR&lang=es");
			assertThat(page.select("label[for=state]").text()).startsWith("Tu estado");
			assertThat(page.select("details#odds p strong").text()).isEqualTo("Para PR, en sitios oficiales:");
			assertThat(page.select("ul.local > li > a").first().text()).startsWith("Lo que pagan los empleos");
		}

	}

	@Nested
	class Share {

		@Test
		void showsTheShareLinkWithTheAnswers() {
			Document page = page("/recommendation?education=him-degree&setting=inpatient");
			assertThat(page.select("input#share-link").attr("value")).isEqualTo(
					"http://localhost/recommendation?setting=inpatient&education=him-degree&lang=en&edition=2026-12-07.4");
			assertThat(page.select("label[for=share-link]")).hasSize(1);
			assertThat(page.select("a:contains(Change your answers)").attr("href"))
				.isEqualTo("/check?setting=inpatient&education=him-degree");
		}

		@Test
		void keepsACounselorsSuggestionsInEveryLink() {
			String suggested = "counselor=setting%3Aoutpatient";
			Document page = page("/recommendation?setting=outpatient&counselor=setting:outpatient");
			assertThat(page.select("input#share-link").attr("value"))
				.isEqualTo("http://localhost/recommendation?setting=outpatient&" + suggested
						+ "&lang=en&edition=2026-12-07.4");
			assertThat(page.select("a:contains(Change your answers)").attr("href"))
				.isEqualTo("/check?setting=outpatient&" + suggested);
			assertThat(page.select(".what-if__more a").attr("href"))
				.isEqualTo("/recommendation/other-answers?setting=outpatient&" + suggested);
			assertThat(page("/recommendation/other-answers?setting=outpatient&counselor=setting:outpatient")
				.select(".what-if__choices a")
				.eachAttr("href")).isNotEmpty().allMatch((href) -> href.endsWith("&" + suggested));
			assertThat(page.select(".calendar-links a").eachAttr("href")).isNotEmpty()
				.allMatch((href) -> href.contains("&" + suggested + "&cert="));
		}

		@Test
		void theMailLinkHasASubjectAndABodyWithTheShareLink() {
			Document page = page(BEGINNER);
			String share = page.select("input#share-link").attr("value");
			Map<String, String> mail = mailto(page.selectFirst(".share__actions a[href^=mailto:]").attr("href"));
			assertThat(mail).containsEntry("subject", "My certification recommendation");
			assertThat(mail.get("body")).startsWith("Cert Advisor recommends the CPC for me.").endsWith(share);
			Map<String, String> either = mailto(page("/recommendation?setting=unsure&role=unsure&goal=unsure")
				.selectFirst(".share__actions a[href^=mailto:]")
				.attr("href"));
			assertThat(either.get("body")).startsWith("Cert Advisor says either the CPC or the CCS could suit me.")
				.endsWith("&lang=en&edition=2026-12-07.4");
		}

		/** The fields of a mailto link with no address, decoded. */
		private Map<String, String> mailto(String href) {
			assertThat(href).startsWith("mailto:?");
			Map<String, String> fields = new LinkedHashMap<>();
			for (String field : href.substring("mailto:?".length()).split("&")) {
				String[] parts = field.split("=", 2);
				fields.put(parts[0], UriUtils.decode(parts[1], StandardCharsets.UTF_8));
			}
			return fields;
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
		void noFactCarriesABadgeAnyMore() {
			assertThat(page("/recommendation?setting=outpatient").select(".tag--estimate, .tag--stale")).isEmpty();
		}

		@Test
		void showsOnlyTheMembersPriceWhenMembershipSaysSo() {
			assertThat(page("/recommendation?membership=none").select("#row-exam-fee td[data-label=CCS] li").eachText())
				.singleElement()
				.asString()
				.startsWith("$399 for non-members");
		}

		@Test
		void listsNoRelatedCredentialsBeyondTheRelevantOnes() {
			assertThat(page("/recommendation?setting=outpatient").select("details#comparison .related")).isEmpty();
		}

		@Test
		void showsOnlyRowsThatDifferMostRelevantFirst() {
			Document page = page("/recommendation?membership=ahima&setting=inpatient&view=differences");
			assertThat(page.select("#row-outlook")).isEmpty();
			assertThat(page.select("tbody tr[id]").first().id()).isEqualTo("row-focus");
			assertThat(page.select(".comparison__views a[aria-current=page]").text())
				.isEqualTo("Only where they differ");
			assertThat(page.select(".comparison__views a[href]").eachAttr("href"))
				.containsExactly("/recommendation?setting=inpatient&membership=ahima");
		}

		@Test
		void anUnknownViewGetsABadRequestPageThatKeepsTheAnswers() {
			Document page = badRequest("/recommendation?view=sideways&setting=inpatient");
			assertThat(page.select(".problem__what").text())
				.isEqualTo("“sideways” is not a value “view” takes. It takes: all, differences.");
			assertThat(page.select("a.button").attr("href")).isEqualTo("/recommendation?setting=inpatient");
		}

	}

	@Nested
	class BadInput {

		@ParameterizedTest
		@ValueSource(strings = { "/recommendation?setting=hospital",
				"/recommendation?setting=inpatient&setting=outpatient", "/recommendation?salary=high" })
		void answersABadRequestPageInTheSiteLayout(String uri) {
			Document page = badRequest(uri);
			assertThat(page.select("header.site-header")).hasSize(1);
			assertThat(page.select("h1").text()).isEqualTo("Some answers in this link were not understood");
			assertThat(page.select(".problem")).hasSize(1);
		}

		@Test
		void repeatedAnswerNamesBothValuesAndKeepsTheOthers() {
			Document page = badRequest("/recommendation?setting=inpatient&setting=outpatient&role=unsure");
			assertThat(page.select(".problem__what").text()).isEqualTo(
					"“Where would you like to work?” is answered more than once (inpatient, outpatient). Pick one answer.");
			assertThat(page.select("a.button").attr("href")).isEqualTo("/recommendation?role=unsure");
			assertThat(page.select(".problem a").attr("href")).isEqualTo("/questions/setting?role=unsure");
		}

		@Test
		void unknownQuestionListsTheQuestions() {
			Document page = badRequest("/recommendation?salary=high");
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

		private static final String OTHER_ANSWERS = "/recommendation/other-answers";

		@Test
		void theResultPageSaysWhatWouldChangeItAndLinksEveryOtherAnswerWithoutCarryingThem() {
			Document page = page("/recommendation?setting=outpatient&start=2027-03&plan=CCS");
			assertThat(page.select("#what-if .what-if__choices")).isEmpty();
			assertThat(page.select("#what-if .what-if__more a").attr("href"))
				.isEqualTo(OTHER_ANSWERS + "?setting=outpatient&start=2027-03&plan=CCS");
		}

		@Test
		void offersEveryOtherChoiceAndMarksThoseThatFlipTheVerdict() {
			Document page = page(OTHER_ANSWERS + "?setting=outpatient");
			assertThat(page.select("h1").text()).isEqualTo("Try other answers");
			assertThat(page.select(".lead").text())
				.isEqualTo("Your result now: We recommend the CPC (Certified Professional Coder).");
			Element setting = page.select(".what-if__question").first();
			assertThat(setting.select(".what-if__current").text())
				.isEqualTo("Your answer: Physician offices and clinics.");
			assertThat(setting.select(".what-if__choices a").eachText()).containsExactly("Hospital outpatient",
					"Inpatient", "A health plan or insurer", "Not sure yet");
			assertThat(setting.select(".what-if__choices li").get(0).text()).contains("Changes it to the CCS");
			assertThat(setting.select(".what-if__choices li").get(2).text()).contains("Changes it to either");
			assertThat(setting.select(".what-if__choices a").first().attr("href"))
				.isEqualTo("/recommendation?setting=hospital-outpatient");
			assertThat(page.select(".what-if__question")).hasSize(9);
			assertThat(page.select(".flips a").eachAttr("href")).isNotEmpty()
				.allMatch((href) -> href.startsWith("#if-"));
		}

		@Test
		void leadsBackToTheResultAndKeepsTheStartMonthAndTheShownPlan() {
			Document page = page(OTHER_ANSWERS + "?setting=outpatient&start=2027-03&plan=CCS");
			assertThat(page.select("a.back-link").attr("href"))
				.isEqualTo("/recommendation?setting=outpatient&start=2027-03&plan=CCS");
			assertThat(page.select(".what-if__choices a").first().attr("href"))
				.isEqualTo("/recommendation?setting=hospital-outpatient&start=2027-03&plan=CCS");
			assertThat(page.select(".what-if__choices a").eachAttr("href"))
				.allMatch((link) -> link.endsWith("&start=2027-03&plan=CCS"));
			assertThat(page(OTHER_ANSWERS).select(".what-if__choices a").first().attr("href"))
				.isEqualTo("/recommendation?setting=outpatient");
		}

		@Test
		void speaksSpanish() {
			Document page = page(OTHER_ANSWERS + "?setting=unsure&lang=es");
			assertThat(page.select("h1").text()).isEqualTo("Prueba otras respuestas");
			assertThat(page.select(".lead").text()).startsWith("Tu resultado ahora: ");
			assertThat(page.select("a.back-link").text()).isEqualTo("Volver a tu resultado");
		}

		@Test
		void badAnswersOrParametersGetTheSame400AsTheResult() {
			MvcTestResult badAnswer = mvc.get().uri(OTHER_ANSWERS + "?setting=hospital").exchange();
			assertThat(badAnswer).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(Html.body(badAnswer)).contains("hospital");
			assertThat(mvc.get().uri(OTHER_ANSWERS + "?setting=outpatient&plan=XYZ").exchange())
				.hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(mvc.get().uri(OTHER_ANSWERS + "?setting=outpatient&start=soon").exchange())
				.hasStatus(HttpStatus.BAD_REQUEST);
		}

		@Test
		void aFollowUpIsOfferedOnlyWhenAskedAndAChangeThatDropsItDropsItsAnswer() {
			assertThat(page(OTHER_ANSWERS + "?education=none").select("#if-held")).isEmpty();
			Document page = page(OTHER_ANSWERS + "?education=credential&held=cpc-a");
			assertThat(page.select("#if-held")).hasSize(1);
			assertThat(page.select("#if-education .what-if__choices a").eachAttr("href"))
				.allSatisfy((link) -> assertThat(link).doesNotContain("held="));
			assertThat(page.select("#if-held .what-if__choices a").eachAttr("href"))
				.allSatisfy((link) -> assertThat(link).contains("education=credential"));
		}

		@Test
		void clickingAFlippingChoiceShowsTheOtherVerdict() {
			Document either = page(OTHER_ANSWERS + "?setting=unsure&role=unsure&goal=unsure");
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
			Document page = page(BEGINNER);
			Element svg = page.selectFirst("svg.score-bar");
			assertThat(svg.attr("role")).isEqualTo("img");
			assertThat(svg.select("desc").text()).isEqualTo(
					"CPC 7 points, CCS 0 points: the CPC leads by 7 points; a lead of 2 points or more decides.");
			assertThat(svg.select(".score-bar__label").eachText()).containsExactly("CPC", "CCS");
			assertThat(svg.select(".score-bar__bar--cpc").attr("width")).isEqualTo("240");
			assertThat(svg.select(".score-bar__bar--ccs").attr("width")).isEqualTo("0");
			assertThat(svg.select(".score-bar__margin").attr("width")).isEqualTo("240");
		}

	}

	@Nested
	class BetterFit {

		@Test
		void aHealthPlanCoderIsToldOfTheCrcUnderTheVerdictBeforeInNumbers() {
			Document page = page("/recommendation?setting=health-plan&role=risk-adjustment-coder");
			Element lane = page.selectFirst(".better-fit");
			assertThat(lane.select("h2").text()).isEqualTo("Risk adjustment: the CRC may fit you better");
			assertThat(lane.text()).contains("AAPC's credential for risk adjustment")
				.contains("Exam: 100 questions in 4 hours, coded with the ICD-10-CM book.")
				.doesNotContain("Fee")
				.contains("Source: AAPC (official)");
			assertThat(lane.select("small a").attr("href"))
				.isEqualTo("https://www.aapc.com/certifications/crc/taking-the-crc-exam");
			assertThat(page.select("h1, .better-fit h2, #numbers-heading").eachText()).containsExactly(
					"Either certification could suit you", "Risk adjustment: the CRC may fit you better", "In numbers");
		}

		@ParameterizedTest
		@CsvSource({ "role=billing-specialist, CPB", "setting=hospital-outpatient, COC", "role=cdi-specialist, CCDS",
				"role=coding-auditor&experience=outpatient&years=over-2, CPMA",
				"experience=none&goal=specialize-inpatient, CCA" })
		void eachLaneHasTheCredentialBuiltForIt(String answers, String credential) {
			assertThat(page("/recommendation?" + answers).select(".better-fit h2").text())
				.endsWith(" the " + credential + " may fit you better");
		}

		@ParameterizedTest
		@ValueSource(strings = { "setting=outpatient&role=outpatient-coder", "role=coding-auditor&experience=none",
				"experience=none&setting=inpatient&held=rhit-rhia&education=credential", "" })
		void noLaneIsNamedWhenTheTwoComparedAreTheFit(String answers) {
			assertThat(page("/recommendation?" + answers).select(".better-fit")).isEmpty();
		}

		@Test
		void saysItInSpanish() {
			assertThat(page("/recommendation?role=billing-specialist&lang=es").select(".better-fit h2").text())
				.isEqualTo("Facturación médica: puede que te encaje mejor el CPB");
		}

	}

	@Nested
	class Notes {

		@Test
		void someoneWhoWantsToWorkFromHomeFromTheStartIsToldHowCommonItIsAndWhatComesFirst() {
			Document page = page("/recommendation?setting=outpatient&experience=none&remote=from-the-start");
			assertThat(page.select(".notes h2").text()).isEqualTo("Worth knowing for your answers");
			assertThat(page.select(".notes li")).hasSize(2);
			assertThat(page.select(".notes li").get(0).text())
				.startsWith("Working from home: In AAPC's 2023 salary report, 55%")
				.contains("Source: AAPC (official)");
			assertThat(page.select(".notes li").get(1).text()).contains("remote first job is not always realistic")
				.contains("experience usually comes first")
				.contains("(third-party site)");
		}

		@ParameterizedTest
		@ValueSource(strings = { "remote=later", "remote=no", "setting=outpatient" })
		void nobodyElseGetsThem(String answers) {
			assertThat(page("/recommendation?" + answers).select(".notes")).isEmpty();
		}

	}

	@Nested
	class AlsoConsider {

		@Test
		void suggestsTheCcaToABeginnerWhoWantsHospitals() {
			Document page = page("/recommendation?experience=none&membership=ahima");
			assertThat(page.select(".also dt").eachText()).anyMatch((name) -> name.startsWith("CCA"))
				.anyMatch((name) -> name.startsWith("CPC-A"))
				.noneMatch((name) -> name.startsWith("COC"));
			Element fold = page.selectFirst("details#also");
			assertThat(fold.hasAttr("open")).as("folded by default").isFalse();
			assertThat(fold.select("> summary").text()).isEqualTo("Also consider: CPC-A, CCA");
		}

		@Test
		void leavesOutWhatThePersonHoldsAndWhatTheResultNamesAsABetterFit() {
			assertThat(page("/recommendation?experience=none&education=credential&held=cpc-a&setting=outpatient")
				.select(".also dt")
				.eachText()).noneMatch((name) -> name.startsWith("CPC-A"));
			Document lane = page("/recommendation?experience=none&setting=inpatient");
			assertThat(lane.select(".better-fit h2").text()).contains("CCA");
			assertThat(lane.select(".also dt").eachText()).noneMatch((name) -> name.startsWith("CCA"));
		}

		@Test
		void noLongerPointsAuditorsAndBillersToTheHospitalOutpatientCredential() {
			for (String answers : List.of("role=coding-auditor", "goal=audit-compliance", "role=billing-specialist")) {
				assertThat(page("/recommendation?" + answers).select(".also dt").eachText()).as(answers)
					.noneMatch((name) -> name.startsWith("COC"));
			}
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
		void theBillingSpecialistPageWarnsOnlyAboutTheFactsWorthCheckingAgain() {
			Elements stale = page(BILLING_SPECIALIST).select(".provenance__stale");
			assertThat(stale).allSatisfy((flag) -> assertThat(flag.text()).isEqualTo("possibly out of date"));
			// A fact's own text, whether in a comparison cell, a related credential or
			// the
			// plan's list of sources (which names the fact by its label).
			assertThat(stale).extracting((flag) -> flag.closest("li, dd").ownText())
				.containsExactlyInAnyOrder(
						"Facility coding, often in a hospital, covering inpatient and outpatient records",
						"ICD-10-CM and CPT",
						"An online exam is one attempt, at a lower cost than the standard two attempts in person",
						"After a 30-day wait (since 11 Sep 2023)",
						"$50 for each 30-day extension of your eligibility window, up to 90 days",
						"$218 every 2 years for non-members, plus $50 per extra credential; members pay a reduced fee,"
								+ " amount not published",
						"Average $58,055 in 2022 (AAPC)",
						"BLS median pay $50,250 (May 2024); +7% growth expected 2024–34",
						// Entry pay stands under the numbers; the page's comparison
						// leaves it out.
						"$35,780 a year at the 10th percentile (BLS, May 2024, as a third party reports it), beside the"
								+ " $50,250 median",
						"Practicode bought alone, a year off the apprentice A (third-party, 2020):",
						"An American Job Center can pay for training that leads to an industry-recognised certification,"
								+ " through an Individual Training Account, if you qualify and the programme is on your"
								+ " state's list of eligible providers.",
						"Army COOL lists the CPC; the Army's Credentialing Assistance pays for the courses, books and"
								+ " exams of credentials listed there, and can be combined with the GI Bill.");
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
						"It was made with catalog edition 2026-11-26; this page shows today’s facts, edition 2026-12-07.");
			assertThat(notice.select("summary").text()).isEqualTo("What changed: 14 changes");
			assertThat(notice.select("details li")).hasSize(14);
			assertThat(notice.select("li").first().text()).startsWith("CCS background corrected")
				.endsWith("(AHIMA: CCS certification overview)");
			assertThat(page.select("#row-exam-time td[data-label=CPC] li").first().ownText()).isEqualTo("4 hours");
		}

		@ParameterizedTest
		@ValueSource(strings = { "2026-12-07.4", "2027-03-01", "2026-12-07.5" })
		void aLinkOfThisEditionOrAnUnknownLaterOneShowsNoNotice(String edition) {
			assertThat(page("/recommendation?setting=inpatient&edition=" + edition).select(".edition-notice"))
				.isEmpty();
		}

		@ParameterizedTest
		@ValueSource(
				strings = { "yesterday", "2026-13-01", "2026-12-02.0", "26-12-02", "2026-12-02&edition=2026-12-01" })
		void aMalformedOrRepeatedEditionIsA400NamingItWithTheAnswersKept(String edition) {
			Document page = badRequest("/recommendation?setting=inpatient&edition=" + edition);
			assertThat(page.select(".problem__what").text()).contains("“edition”").contains("2026-12-07.4");
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
	class Hosts {

		@Test
		void aHostTheSiteDoesNotExpectGetsA400PageNamingTheSettingsNotALinkToIt() {
			MvcTestResult result = ResultControllerTests.this.mvc.get()
				.uri("/recommendation?setting=inpatient")
				.header("Host", "evil.example")
				.exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = Html.parse(result);
			assertThat(page.select("h1").text()).isEqualTo("This site is not set up to answer at evil.example");
			assertThat(page.text()).contains("cert-advisor.public-url").contains("cert-advisor.allowed-hosts");
			assertThat(page.select("[href*=evil], [value*=evil]")).isEmpty();
		}

		@Test
		void anAllowedHostIsUsedForTheLinks() {
			Document page = Html.okPage(ResultControllerTests.this.mvc,
					"http://127.0.0.1:8080/recommendation?setting=inpatient");
			assertThat(page.select("input#share-link").attr("value"))
				.startsWith("http://127.0.0.1:8080/recommendation?setting=inpatient&lang=en&edition=");
		}

	}

	@Nested
	@TestPropertySource(properties = "cert-advisor.public-url=https://advisor.example.edu/")
	class WithAPublicUrl {

		@Autowired
		private MockMvcTester mvc;

		@Test
		void everyAbsoluteLinkUsesItWhateverTheRequestsHostOrForwardedHeadersSay() {
			MvcTestResult result = this.mvc.get()
				.uri("/recommendation?setting=inpatient")
				.header("Host", "evil.example")
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "http")
				.exchange();
			assertThat(result).hasStatusOk();
			Document page = Html.parse(result);
			assertThat(page.select("input#share-link").attr("value"))
				.startsWith("https://advisor.example.edu/recommendation?setting=inpatient&lang=en&edition=");
			assertThat(page.html()).doesNotContain("evil.example");
		}

	}

	@Nested
	@TestPropertySource(properties = "cert-advisor.feedback.email=facts@school.example")
	class WithAFeedbackAddress {

		@Autowired
		private MockMvcTester mvc;

		@Test
		void everyComparisonRowAndEveryFactOfThePlanHasAReportLinkNamingTheFactAndThePage() {
			Document page = Html.okPage(this.mvc, "/recommendation?setting=inpatient&lang=es");
			int rows = page.select(".comparison__table tbody tr[id^=row-]").size();
			Elements sources = page.select("section.plan .sources-list li");
			assertThat(sources).allSatisfy((source) -> assertThat(source.select(".report")).isNotEmpty());
			assertThat(page.select(".report")).hasSize(rows + sources.select(".report").size());
			assertThat(sources.select(".report").eachAttr("href")).as("every next step")
				.anyMatch((href) -> href.contains("nextSteps.CCS%5B0%5D"))
				.anyMatch((href) -> href.contains("nextSteps.CCS%5B4%5D"));
			Element examFee = page.selectFirst("#row-exam-fee .report");
			assertThat(examFee.text()).isEqualTo("Informar de un problema con «Tarifa del examen»");
			assertThat(examFee.attr("href")).startsWith("mailto:facts@school.example?subject=")
				.contains("comparison.exam-fee")
				.contains(
						"http%3A%2F%2Flocalhost%2Frecommendation%3Fsetting%3Dinpatient%26lang%3Des%26edition%3D2026-12-07.4")
				.doesNotContain("CERT-ADVISOR-PAGE-LINK");
			assertThat(sources.first().select(".report").attr("href")).contains("nextSteps.CCS%5B0%5D")
				.contains("http%3A%2F%2Flocalhost%2Frecommendation%3Fsetting%3Dinpatient%26lang%3Des");
			assertThat(page.select("section.plan .sources-list .report").eachAttr("href"))
				.anyMatch((href) -> href.contains("milestones.CCS.window%5B0%5D"))
				.anyMatch((href) -> href.contains("costs.CCS%5B"));
		}

	}

}
