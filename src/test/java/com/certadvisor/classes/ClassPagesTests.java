package com.certadvisor.classes;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.certadvisor.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Class summaries through the web, on the whole application: a counselor starts a class,
 * students opt in from their results, the counselor reads, downloads and deletes it; and
 * everything that must be refused is.
 */
@SpringBootTest(properties = { "cert-advisor.classes.max-results=10", "cert-advisor.classes.per-client-limit=12",
		"cert-advisor.classes.per-class-limit=100" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ClassPagesTests {

	private static final Pattern HOME = Pattern.compile("/classes/([0-9a-z]{10})/([0-9a-z]{26})");

	private static final List<String> ROLES = List.of("outpatient-coder", "billing-specialist", "coding-auditor",
			"inpatient-coder", "coding-manager", "him-manager", "unsure");

	/** Each test sends from its own address, so the per-address limit is its own. */
	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SubmissionTokens tokens;

	@Autowired
	private Clock clock;

	private String address;

	private String id;

	private String key;

	@BeforeEach
	void startAClass() {
		this.address = "192.0.2." + ADDRESSES.getAndIncrement();
		MvcTestResult started = this.mvc.post().uri("/classes").param("label", "Tuesday cohort").exchange();
		assertThat(started).hasStatus(303);
		Matcher home = HOME.matcher(started.getResponse().getHeader("Location"));
		assertThat(home.matches()).as(started.getResponse().getHeader("Location")).isTrue();
		this.id = home.group(1);
		this.key = home.group(2);
	}

	private String home() {
		return "/classes/" + this.id + "/" + this.key;
	}

	private MockHttpServletResponse get(String path) {
		return this.mvc.get().uri(URI.create(path)).exchange().getResponse();
	}

	/** Opens the result for {@code query} through the class link and sends its form. */
	private MockHttpServletResponse optIn(String query) throws Exception {
		Element form = optInForm(query);
		return send(form.attr("action"), form.selectFirst("input[name=answers]").val(),
				form.selectFirst("input[name=token]").val());
	}

	private Element optInForm(String query) throws Exception {
		Document result = Html.parse(get("/recommendation?" + query + "&class=" + this.id).getContentAsString());
		return result.selectFirst("form[method=post]");
	}

	private MockHttpServletResponse send(String action, String answers, String token) {
		return this.mvc.post()
			.uri(URI.create(action))
			.param("answers", answers)
			.param("token", token)
			.with((request) -> {
				request.setRemoteAddr(this.address);
				return request;
			})
			.exchange()
			.getResponse();
	}

	private int stored() {
		return this.jdbc.sql("select count(*) from class_result where class_id = ?")
			.param(this.id)
			.query(Integer.class)
			.single();
	}

	@Nested
	class Counselors {

		@Test
		void startingAClassOpensItsPrivateSummaryWithTheStudentsLink() throws Exception {
			MockHttpServletResponse response = get(home());
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
			assertThat(response.getHeader("X-Robots-Tag")).contains("noindex");
			assertThat(response.getHeader("ETag")).isNull();
			Document page = Html.parse(response.getContentAsString());
			assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
			assertThat(page.select("h1").text()).contains("Tuesday cohort");
			assertThat(page.select("#bookmark-heading").text()).isEqualTo("Bookmark this page now");
			assertThat(page.select("#class-link").val()).endsWith("/?class=" + ClassPagesTests.this.id);
			assertThat(page.select("svg.qr path").attr("d")).isNotEmpty();
			assertThat(page.select(".class-summary__total").text())
				.isEqualTo("Fewer than 5 students have added their result so far.");
		}

		@Test
		void theCounselorPageOffersToStartOne() {
			Document page = Html.okPage(ClassPagesTests.this.mvc, "/counselor");
			assertThat(page.select("form[method=post][action=/classes] input#label").attr("maxlength")).isEqualTo("60");
		}

		@Test
		void aLabelTooLongIsRefusedAndKept() throws Exception {
			String label = "x".repeat(61);
			MockHttpServletResponse response = ClassPagesTests.this.mvc.post()
				.uri("/classes")
				.param("label", label)
				.exchange()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(400);
			Document page = Html.parse(response.getContentAsString());
			assertThat(page.select("input#label").val()).isEqualTo(label);
			assertThat(page.select("input#label").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.select(".error-summary").text()).contains("more than 60 characters");
		}

		@Test
		void aLabelOnSeveralLinesIsRefused() {
			assertThat(ClassPagesTests.this.mvc.post().uri("/classes").param("label", "a\nb").exchange())
				.hasStatus(400);
		}

		@Test
		void deletingAsksFirstThenRemovesTheClassAndEveryResult() throws Exception {
			optIn("setting=inpatient");
			Document confirm = Html.parse(get(home() + "/delete").getContentAsString());
			assertThat(confirm.select("form[method=post]").attr("action")).isEqualTo(home() + "/delete");
			assertThat(stored()).isEqualTo(1);
			MvcTestResult deleted = ClassPagesTests.this.mvc.post().uri(URI.create(home() + "/delete")).exchange();
			assertThat(deleted).hasStatusOk();
			assertThat(stored()).isZero();
			assertThat(get(home()).getStatus()).isEqualTo(404);
		}

	}

	@Nested
	class Refusals {

		@Test
		void aWrongKeyAndAnUnknownClassLookAlike() throws Exception {
			String wrongKey = Html
				.parse(get("/classes/" + ClassPagesTests.this.id + "/" + "a".repeat(26)).getContentAsString())
				.select("main")
				.outerHtml();
			String unknownClass = Html
				.parse(get("/classes/" + "b".repeat(10) + "/" + ClassPagesTests.this.key).getContentAsString())
				.select("main")
				.outerHtml();
			assertThat(wrongKey).isEqualTo(unknownClass).contains("No class summary at this address");
			for (String path : List.of("/classes/" + ClassPagesTests.this.id + "/nope",
					"/classes/" + ClassPagesTests.this.id + "/" + "a".repeat(26) + "/summary.csv",
					"/classes/" + ClassPagesTests.this.id + "/" + "a".repeat(26) + "/delete", "/classes/x/y")) {
				MockHttpServletResponse response = get(path);
				assertThat(response.getStatus()).as(path).isEqualTo(404);
				assertThat(response.getHeader("Cache-Control")).as(path).isEqualTo("no-store");
			}
			assertThat(ClassPagesTests.this.mvc.post()
				.uri(URI.create("/classes/" + ClassPagesTests.this.id + "/" + "a".repeat(26) + "/delete"))
				.exchange()).hasStatus(404);
		}

		@Test
		void theKeyNeverReachesTheLog(CapturedOutput output) throws Exception {
			optIn("setting=outpatient");
			get(home());
			get(home() + "/summary.csv");
			get("/api/classes/" + ClassPagesTests.this.id + "/" + ClassPagesTests.this.key);
			get(home() + "/delete");
			ClassPagesTests.this.mvc.post().uri(URI.create(home() + "/delete")).exchange();
			get(home());
			assertThat(output.getAll()).doesNotContain(ClassPagesTests.this.key);
		}

	}

	@Nested
	class Students {

		@Test
		void aResultThroughAClassLinkOffersTheOptInAndStaysCacheable() throws Exception {
			MockHttpServletResponse response = get(
					"/recommendation?setting=inpatient&class=" + ClassPagesTests.this.id.toUpperCase());
			assertThat(response.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
			assertThat(response.getHeader("ETag")).isNotBlank();
			Document page = Html.parse(response.getContentAsString());
			Element form = page.selectFirst("form[method=post]");
			assertThat(form.attr("action")).isEqualTo("/classes/" + ClassPagesTests.this.id + "/results");
			assertThat(form.select("input[name=answers]").val()).isEqualTo("setting=inpatient");
			assertThat(form.select("button").text()).isEqualTo("Add my result to my class’s anonymous summary");
			assertThat(page.select(".opt-in__kept").text()).contains("Never kept");
			assertThat(page.select("a[href^=/check]").attr("href")).contains("class=" + ClassPagesTests.this.id);
		}

		@Test
		void aResultWithoutAClassOffersNothing() throws Exception {
			Document page = Html.parse(get("/recommendation?setting=inpatient").getContentAsString());
			assertThat(page.select("form[method=post]")).isEmpty();
		}

		@Test
		void theSameResultTwiceOnADayCountsOnce() throws Exception {
			MockHttpServletResponse first = optIn("setting=inpatient&role=unsure");
			assertThat(first.getStatus()).isEqualTo(200);
			assertThat(Html.parse(first.getContentAsString()).select("h1").text())
				.isEqualTo("Your result was added to your class’s anonymous summary");
			MockHttpServletResponse again = optIn("setting=inpatient&role=unsure");
			assertThat(again.getStatus()).isEqualTo(200);
			assertThat(Html.parse(again.getContentAsString()).select("h1").text())
				.isEqualTo("Your result is already in your class’s anonymous summary");
			assertThat(stored()).isEqualTo(1);
		}

		@Test
		void theAddedPageLinksBackToTheResultAndOffersNoLanguageSwitchToTheFormsAddress() throws Exception {
			Document added = Html.parse(optIn("setting=outpatient").getContentAsString());
			assertThat(added.select("a[href*=/results]")).isEmpty();
			assertThat(added.select("nav.languages")).isEmpty();
			assertThat(added.select("main a[href^=/recommendation?]").eachAttr("href")).anySatisfy(
					(link) -> assertThat(link).contains("setting=outpatient", "class=" + ClassPagesTests.this.id));
		}

		@Test
		void theVerdictIsWorkedOutHereAndOnlyTheAnswersAreKept() throws Exception {
			assertThat(optInForm("setting=outpatient&state=TX").selectFirst("input[name=answers]").val())
				.as("the state is never stored")
				.isEqualTo("setting=outpatient");
			optIn("setting=outpatient&role=outpatient-coder&counselor=setting:outpatient&state=TX");
			assertThat(ClassPagesTests.this.jdbc.sql("select answers, verdict from class_result where class_id = ?")
				.param(ClassPagesTests.this.id)
				.query((row, n) -> row.getString(1) + " " + row.getString(2))
				.single()).isEqualTo("setting=outpatient&role=outpatient-coder CPC");
		}

		@Test
		void aForgedFormAddsNothing() {
			String forged = ClassPagesTests.this.tokens.token(ClassPagesTests.this.id, "setting=outpatient",
					LocalDate.now(ClassPagesTests.this.clock));
			MockHttpServletResponse response = send("/classes/" + ClassPagesTests.this.id + "/results",
					"setting=inpatient", forged);
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(send("/classes/" + ClassPagesTests.this.id + "/results", "setting=inpatient", null).getStatus())
				.isEqualTo(400);
			assertThat(stored()).isZero();
		}

		@Test
		void aFormFromTheDayBeforeYesterdayHasExpired() {
			String old = ClassPagesTests.this.tokens.token(ClassPagesTests.this.id, "setting=inpatient",
					LocalDate.now(ClassPagesTests.this.clock).minusDays(2));
			assertThat(send("/classes/" + ClassPagesTests.this.id + "/results", "setting=inpatient", old).getStatus())
				.isEqualTo(400);
			String yesterday = ClassPagesTests.this.tokens.token(ClassPagesTests.this.id, "setting=inpatient",
					LocalDate.now(ClassPagesTests.this.clock).minusDays(1));
			assertThat(send("/classes/" + ClassPagesTests.this.id + "/results", "setting=inpatient", yesterday)
				.getStatus()).isEqualTo(200);
		}

		@Test
		void aDeletedClassTakesNoMoreResults() throws Exception {
			Element form = optInForm("setting=inpatient");
			ClassPagesTests.this.mvc.post().uri(URI.create(home() + "/delete")).exchange();
			MockHttpServletResponse response = send(form.attr("action"), "setting=inpatient",
					form.selectFirst("input[name=token]").val());
			assertThat(response.getStatus()).isEqualTo(404);
			assertThat(Html.parse(response.getContentAsString()).select("a").eachAttr("href"))
				.contains("/recommendation?setting=inpatient&class=" + ClassPagesTests.this.id);
		}

	}

	@Nested
	class Limits {

		@Test
		void aFullClassSaysSo() throws Exception {
			List<String> sent = new ArrayList<>();
			for (String role : ROLES) {
				for (String setting : List.of("outpatient", "inpatient")) {
					if (sent.size() < 12) {
						MockHttpServletResponse response = optIn("role=" + role + "&setting=" + setting);
						sent.add(response.getStatus() + " "
								+ Html.parse(response.getContentAsString()).select("h1").text());
					}
				}
			}
			assertThat(sent)
				.startsWith(Collections.nCopies(10, "200 Your result was added to your class’s anonymous summary")
					.toArray(String[]::new))
				.endsWith("429 This class summary is full", "429 This class summary is full");
			assertThat(stored()).isEqualTo(10);
		}

		@Test
		void tooManyFromOneAddressArePaused() throws Exception {
			int sent = 0;
			MockHttpServletResponse last = null;
			for (String role : ROLES) {
				for (String setting : List.of("outpatient", "inpatient", "unsure")) {
					if (sent++ < 13) {
						last = optIn("role=" + role + "&setting=" + setting);
					}
				}
			}
			assertThat(last.getStatus()).isEqualTo(429);
			assertThat(last.getHeader("Retry-After")).isEqualTo("600");
			assertThat(Html.parse(last.getContentAsString()).select("h1").text())
				.isEqualTo("Too many results were sent just now");
		}

	}

	@Nested
	class Summaries {

		@Test
		void countsBelowFiveShowAsFewerThanFive() throws Exception {
			for (String role : List.of("outpatient-coder", "billing-specialist", "coding-auditor", "coding-manager",
					"him-manager")) {
				optIn("setting=outpatient&role=" + role);
			}
			for (String role : List.of("outpatient-coder", "billing-specialist", "coding-auditor", "coding-manager",
					"him-manager")) {
				optIn("setting=inpatient&role=" + role);
			}
			Document page = Html.parse(get(home()).getContentAsString());
			assertThat(page.select(".class-summary__total").text()).isEqualTo("10 students have added their result.");
			Element setting = page.selectFirst("table.counts:has(caption:containsOwn(Where would you like to work?))");
			assertThat(setting.select("tbody tr").eachText()).containsExactly("Physician offices and clinics 5 50%",
					"Hospital outpatient fewer than 5 not shown", "Inpatient 5 50%",
					"A health plan or insurer fewer than 5 not shown", "Not sure yet fewer than 5 not shown",
					"Skipped fewer than 5 not shown");
		}

		@Test
		void barsDrawEachShownCountAsAShareOfTheClassAndNothingForAHiddenOne() throws Exception {
			for (String role : List.of("outpatient-coder", "billing-specialist", "coding-auditor", "coding-manager",
					"him-manager")) {
				optIn("setting=outpatient&goal=audit-compliance&role=" + role);
			}
			for (String role : List.of("outpatient-coder", "billing-specialist", "coding-auditor", "coding-manager",
					"him-manager")) {
				optIn("setting=inpatient&goal=lead-manage&role=" + role);
			}
			Document page = Html.parse(get(home()).getContentAsString());
			Elements rows = page.select("table.counts tbody tr");
			assertThat(rows).isNotEmpty();
			for (Element row : rows) {
				String count = row.selectFirst(".counts__count").text();
				Element fill = row.selectFirst(".counts__share rect.bar__fill");
				if (count.equals("fewer than 5")) {
					assertThat(fill).as(row.text()).isNull();
					assertThat(row.select(".counts__percent")).as(row.text()).isEmpty();
					assertThat(row.selectFirst(".counts__share").text()).isEqualTo("not shown");
				}
				else {
					long share = Math.round(Integer.parseInt(count) * 100.0 / 10);
					assertThat(fill.attr("width")).as(row.text()).isEqualTo(String.valueOf(share));
					assertThat(row.selectFirst(".counts__percent").text()).isEqualTo(share + "%");
				}
				assertThat(row.selectFirst(".counts__share svg").attr("aria-hidden")).isEqualTo("true");
			}
			Element setting = page.selectFirst("table.counts:has(caption:containsOwn(Where would you like to work?))");
			assertThat(setting.select("rect.bar__fill").eachAttr("width")).containsExactly("50", "50");
		}

		@Test
		void theNumbersACounselorNeedsFirstComeFirst() throws Exception {
			for (String role : List.of("outpatient-coder", "billing-specialist", "coding-auditor", "coding-manager",
					"him-manager", "inpatient-coder")) {
				optIn("setting=outpatient&goal=audit-compliance&role=" + role);
			}
			Document page = Html.parse(get(home()).getContentAsString());
			Element first = page.selectFirst("#content > section");
			assertThat(first.hasClass("class-summary__key")).isTrue();
			assertThat(first.select(".class-summary__total").text()).isEqualTo("6 students have added their result.");
			assertThat(first.select("table.counts caption").text()).isEqualTo("Recommendations");
			assertThat(first.select(".class-summary__goal").text())
				.isEqualTo("Most common goal among the counts shown: Auditing and compliance (6 students)");
			assertThat(page.select(".class-link .qr")).hasSize(1);
		}

		@Test
		void noGoalIsNamedUntilFiveShareOne() throws Exception {
			for (String role : List.of("outpatient-coder", "billing-specialist", "coding-auditor", "coding-manager",
					"him-manager")) {
				optIn("setting=outpatient&role=" + role);
			}
			assertThat(Html.parse(get(home()).getContentAsString()).select(".class-summary__goal").text())
				.isEqualTo("Most common goal: not shown until at least 5 students share one.");
		}

		@Test
		void theCsvHoldsTheSameAggregatesAndNoRows() throws Exception {
			for (String role : List.of("outpatient-coder", "billing-specialist", "coding-auditor", "coding-manager",
					"him-manager")) {
				optIn("setting=outpatient&role=" + role);
			}
			MockHttpServletResponse csv = get(home() + "/summary.csv");
			assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
			assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment");
			assertThat(csv.getHeader("Cache-Control")).isEqualTo("no-store");
			String text = csv.getContentAsString(StandardCharsets.UTF_8);
			assertThat(text.lines().toList()).startsWith("Part,Question,Answer,Students", "Results,,,5")
				.contains("Answers,Where would you like to work?,Physician offices and clinics,5",
						"Answers,Where would you like to work?,Inpatient,<5")
				.noneMatch((line) -> line.contains("role=") || line.contains("setting="));
		}

		@Test
		void theApiGivesTheSameCountsAndHidesTheSmallOnes() throws Exception {
			for (String role : List.of("outpatient-coder", "billing-specialist", "coding-auditor", "coding-manager",
					"him-manager")) {
				optIn("setting=outpatient&role=" + role);
			}
			MockHttpServletResponse response = get(
					"/api/classes/" + ClassPagesTests.this.id + "/" + ClassPagesTests.this.key);
			assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
			assertThat(response.getContentAsString()).contains("\"results\":5", "\"hiddenBelow\":5",
					"{\"answer\":\"outpatient\",\"label\":\"Physician offices and clinics\",\"count\":5}",
					"{\"answer\":\"inpatient\",\"label\":\"Inpatient\",\"count\":null}");
			MockHttpServletResponse wrong = get("/api/classes/" + ClassPagesTests.this.id + "/" + "a".repeat(26));
			assertThat(wrong.getStatus()).isEqualTo(404);
			assertThat(wrong.getContentType()).startsWith("application/problem+json");
		}

	}

}
