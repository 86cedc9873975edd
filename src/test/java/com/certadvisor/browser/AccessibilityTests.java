package com.certadvisor.browser;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans every page with axe-core at a phone and a laptop width, checks the mobile layout
 * and saves screenshots to target/screenshots for a person to look at. Reports have an
 * address, so the report links are on the pages too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "cert-advisor.feedback.email=facts@school.example")
@ExtendWith(Chromium.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTests {

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
			"wcag22aa");

	/**
	 * Controls a finger must hit; inline links in running text are exempt, as in WCAG.
	 */
	private static final String TAP_TARGETS = "button, .button, input[type=radio], .back-link, .site-nav a, "
			+ ".site-header__brand, .summary__action a, .actions__secondary, .flips a, .share__input, .what-if__choices a, .what-if__more a, "
			+ ".comparison__views a, .counselor__links a, .report, .source-list summary, .edition-notice summary, "
			+ ".fold > summary, .calendar-links a, .other-plan a, .share__actions a, .start-form input, .code-box__input, "
			+ ".field__input";

	private static final Map<String, String> PAGES = pages();

	@LocalServerPort
	private int port;

	private ChromeDriver driver;

	private ClassFixture school;

	@BeforeAll
	void startBrowser() {
		this.driver = Chromium.start();
		String origin = "http://localhost:" + this.port;
		this.school = ClassFixture.start(origin, "Tuesday evening cohort");
		for (String role : List.of("outpatient-coder", "billing-specialist", "coding-auditor", "coding-manager",
				"him-manager")) {
			this.school.add(origin, "setting=outpatient&role=" + role).add(origin, "setting=inpatient&role=" + role);
		}
	}

	@AfterAll
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	private static Map<String, String> pages() {
		Map<String, String> pages = new java.util.LinkedHashMap<>();
		pages.put("start", "/");
		String answers = "setting=outpatient&role=outpatient-coder&experience=none&education=coding-course";
		for (String question : List.of("setting", "role", "experience", "education", "depth", "timeline", "goal",
				"remote", "membership")) {
			pages.put("question-" + question, "/questions/" + question + "?" + answers);
		}
		pages.put("question-years", "/questions/years?experience=outpatient&education=credential");
		pages.put("question-held", "/questions/held?experience=outpatient&years=1-2&education=credential");
		pages.put("check-follow-ups",
				"/check?setting=hospital-outpatient&experience=outpatient&years=1-2&education=credential&held=cpc-a");
		pages.put("check", "/check?" + answers);
		String counselor = "setting=inpatient&education=him-degree&membership=ahima";
		String suggested = counselor + "&counselor=setting%3Ainpatient%2Ceducation%3Ahim-degree%2Cmembership%3Aahima";
		pages.put("start-counselor", "/?" + suggested);
		pages.put("question-counselor", "/questions/setting?" + suggested);
		pages.put("check-counselor", "/check?" + suggested);
		pages.put("counselor", "/counselor?" + counselor);
		pages.put("handout", "/counselor/handout?" + counselor);
		pages.put("recommendation", "/recommendation?" + answers + "&membership=aapc");
		pages.put("recommendation-either", "/recommendation?setting=unsure&role=unsure");
		pages.put("recommendation-better-fit",
				"/recommendation?setting=health-plan&role=risk-adjustment-coder&remote=from-the-start");
		pages.put("recommendation-cpc-a", "/recommendation?experience=none&education=credential&held=cpc-a");
		pages.put("recommendation-other-plan", "/recommendation?" + answers + "&membership=aapc&plan=CCS");
		pages.put("recommendation-two-steps",
				"/recommendation?setting=outpatient&goal=lead-manage&experience=none&timeline=asap");
		pages.put("other-answers", "/recommendation/other-answers?" + answers + "&membership=aapc");
		pages.put("other-answers-either-es", "/recommendation/other-answers?setting=unsure&role=unsure&lang=es");
		pages.put("compare", "/compare");
		pages.put("start-es", "/?lang=es");
		pages.put("recommendation-es", "/recommendation?setting=inpatient&experience=none&lang=es");
		pages.put("compare-differences", "/compare?view=differences&membership=ahima&setting=inpatient");
		pages.put("bad-parameter", "/compare?view=sideways");
		pages.put("bad-request", "/recommendation?setting=hospital&role=unsure");
		pages.put("not-found", "/no-such-page");
		pages.put("mistyped-code", "/s/11AQ-WP9H");
		pages.put("mistyped-code-es", "/s?code=11au-wp9g&lang=es");
		pages.put("damaged-link", "/compare?membership=%ZZ");
		pages.put("sources", "/sources");
		pages.put("sources-es", "/sources?lang=es");
		pages.put("recommendation-old-link", "/recommendation?setting=outpatient&role=billing-specialist"
				+ "&experience=none&education=coding-course&edition=2026-11-26");
		// {home} and {id} are a class summary's, started before the scans.
		pages.put("class-start", "/classes");
		pages.put("class-summary", "{home}");
		pages.put("class-summary-es", "{home}?lang=es");
		pages.put("class-delete", "{home}/delete");
		pages.put("class-not-found", "/classes/0123456789/" + "a".repeat(26));
		pages.put("recommendation-class", "/recommendation?setting=inpatient&role=unsure&class={id}");
		pages.put("recommendation-class-es", "/recommendation?setting=inpatient&class={id}&lang=es");
		return pages;
	}

	static Stream<Arguments> everyPageAtBothWidths() {
		return PAGES.keySet()
			.stream()
			.flatMap((page) -> Stream.of(Viewport.values()).map((viewport) -> Arguments.of(page, viewport)));
	}

	private void open(String page, Viewport viewport) {
		viewport.apply(this.driver);
		this.driver.get("http://localhost:" + this.port
				+ PAGES.get(page).replace("{home}", this.school.home()).replace("{id}", this.school.id()));
	}

	@ParameterizedTest(name = "{0} at {1}")
	@MethodSource("everyPageAtBothWidths")
	void hasNoWcagViolations(String page, Viewport viewport) {
		open(page, viewport);
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(this.driver);
		assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
		viewport.screenshot(this.driver, page);
	}

	@ParameterizedTest(name = "{0} at {1}")
	@MethodSource("everyPageAtBothWidths")
	void neverScrollsSidewaysAndHasLargeTapTargets(String page, Viewport viewport) {
		open(page, viewport);
		Number scrollWidth = (Number) this.driver.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).as("page width at %s", viewport).isLessThanOrEqualTo(viewport.width());
		@SuppressWarnings("unchecked")
		List<String> small = (List<String>) this.driver.executeScript("""
				return [...document.querySelectorAll(arguments[0])]
					.filter((el) => el.getClientRects().length > 0)
					.filter((el) => { const r = el.getBoundingClientRect(); return r.width < 44 || r.height < 44; })
					.map((el) => el.outerHTML.slice(0, 80) + ' ' + Math.round(el.getBoundingClientRect().width)
						+ 'x' + Math.round(el.getBoundingClientRect().height));
				""", TAP_TARGETS);
		assertThat(small).as("tap targets under 44 px").isEmpty();
	}

	@Test
	void theScanFindsViolationsOnAPageMadeToHaveThem() {
		this.driver.get("data:text/html,<html><body><img src='x.png'><a href='/'></a></body></html>");
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(this.driver);
		assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt", "html-has-lang", "link-name");
	}

	@Test
	void everyPageHasOneMainHeadingAndATitle() {
		PAGES.keySet().forEach((page) -> {
			open(page, Viewport.DESKTOP);
			assertThat(this.driver.findElements(By.tagName("h1"))).as(page).hasSize(1);
			assertThat(this.driver.getTitle()).as(page).endsWith("Cert Advisor");
		});
	}

	@Test
	void printsTheRecommendationOnAtMostTwoPagesWithThePlanAndWithoutTheLongLists() {
		open("recommendation", Viewport.DESKTOP);
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(this.driver.findElement(By.cssSelector(".site-nav")).isDisplayed()).isFalse();
			assertThat(this.driver.findElement(By.cssSelector(".share__input")).isDisplayed()).isFalse();
			assertThat(this.driver.findElement(By.cssSelector(".share__print")).getText())
				.startsWith("Open this result again at http://localhost:" + this.port + "/recommendation?");
			assertThat(this.driver.findElement(By.cssSelector("h1")).isDisplayed()).isTrue();
			assertThat(this.driver.findElement(By.cssSelector(".numbers")).isDisplayed()).isTrue();
			assertThat(this.driver.findElement(By.cssSelector(".steps")).isDisplayed()).isTrue();
			assertThat(this.driver.findElement(By.cssSelector(".milestones")).isDisplayed()).isTrue();
			// Selenium counts everything in a closed <details> as hidden, so ask the
			// layout.
			assertThat(this.driver.executeScript(
					"return document.querySelector('.fold--print .sources-list').getBoundingClientRect().height"))
				.as("the plan's sources print open")
				.isInstanceOfSatisfying(Number.class, (height) -> assertThat(height.doubleValue()).isGreaterThan(50));
			assertThat(this.driver.findElement(By.id("what-if")).isDisplayed()).isFalse();
			assertThat(this.driver.findElement(By.id("comparison")).isDisplayed()).isFalse();
		}
		finally {
			this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
		for (PageSize size : List.of(PageSize.US_LETTER, PageSize.ISO_A4)) {
			PrintOptions options = new PrintOptions();
			options.setPageSize(size);
			byte[] pdf = java.util.Base64.getDecoder().decode(((PrintsPage) this.driver).print(options).getContent());
			Artifacts.save("recommendation-print-" + size.getHeight() + ".pdf", pdf);
			assertThat(pages(pdf)).as("printed pages at %s cm", size.getHeight()).isBetween(1L, 2L);
		}
	}

	@Test
	void aClassOfThirtyShowsItsFirstNumbersAboveTheFoldAndPrintsOnOnePage() {
		String origin = "http://localhost:" + this.port;
		ClassFixture thirty = ClassFixture.start(origin, "Thursday morning cohort");
		List<String> settings = List.of("outpatient", "inpatient", "hospital-outpatient");
		List<String> roles = List.of("outpatient-coder", "pro-fee-coder", "billing-specialist", "coding-auditor",
				"risk-adjustment-coder", "inpatient-coder", "cdi-specialist", "coding-manager", "him-manager",
				"unsure");
		List<String> goals = List.of("specialize-outpatient", "specialize-inpatient", "audit-compliance");
		for (int i = 0; i < 30; i++) {
			thirty.add(origin, "setting=" + settings.get(i % 3) + "&role=" + roles.get(i / 3) + "&goal="
					+ goals.get(i % 3) + "&membership=" + ((i < 20) ? "aapc" : "none"));
		}
		Viewport.DESKTOP.apply(this.driver);
		this.driver.get(origin + thirty.home());
		for (String first : List.of(".class-summary__total", ".class-summary__key table", ".class-summary__goal")) {
			assertThat(bottom(first)).as("%s at 1280 px", first).isLessThanOrEqualTo(800);
		}
		assertThat(this.driver.findElement(By.cssSelector(".class-summary__goal")).getText()).isEqualTo(
				"Most common goals among the counts shown, tied: Specialise in outpatient coding · Specialise in inpatient coding · "
						+ "Auditing and compliance (10 students each)");
		assertThat(this.driver.findElement(By.cssSelector(".class-link .qr")).getRect().getWidth())
			.as("the QR code beside the link")
			.isLessThanOrEqualTo(160);
		Viewport.DESKTOP.screenshot(this.driver, "class-summary-30");
		Viewport.MOBILE.apply(this.driver);
		this.driver.navigate().refresh();
		Viewport.MOBILE.screenshot(this.driver, "class-summary-30");
		for (PageSize size : List.of(PageSize.US_LETTER, PageSize.ISO_A4)) {
			PrintOptions options = new PrintOptions();
			options.setPageSize(size);
			byte[] pdf = java.util.Base64.getDecoder().decode(((PrintsPage) this.driver).print(options).getContent());
			Artifacts.save("class-summary-30-print-" + size.getHeight() + ".pdf", pdf);
			assertThat(pages(pdf)).as("printed pages at %s cm", size.getHeight()).isOne();
		}
	}

	private double bottom(String selector) {
		return ((Number) this.driver
			.executeScript("return document.querySelector(arguments[0]).getBoundingClientRect().bottom", selector))
			.doubleValue();
	}

	private static long pages(byte[] pdf) {
		String content = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
		return java.util.regex.Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(content).results().count();
	}

	@Test
	void printsTheHandoutOnOnePageWithTheCodeAndTheLinkEvenWithEveryAnswerFilledIn() {
		Viewport.DESKTOP.apply(this.driver);
		this.driver.get("http://localhost:" + this.port + "/counselor/handout?setting=outpatient"
				+ "&role=billing-specialist&experience=outpatient&education=coding-course&depth=prefer-not"
				+ "&timeline=within-year&goal=specialize-outpatient&membership=aapc");
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(this.driver.findElement(By.cssSelector(".site-nav")).isDisplayed()).isFalse();
			assertThat(this.driver.findElement(By.cssSelector(".back-link")).isDisplayed()).isFalse();
			assertThat(this.driver.findElement(By.cssSelector(".screen-only")).isDisplayed()).isFalse();
			assertThat(this.driver.findElement(By.cssSelector("main svg[role=img]")).getSize().getWidth())
				.as("the code's width in CSS pixels")
				.isGreaterThan(250);
			assertThat(this.driver.findElement(By.cssSelector(".handout__url")).getText())
				.matches("http://localhost:" + this.port + "/s/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}");
			assertThat(this.driver.findElement(By.cssSelector(".handout__link .short-code__code")).getText())
				.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}");
		}
		finally {
			this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
		byte[] pdf = java.util.Base64.getDecoder()
			.decode(((PrintsPage) this.driver).print(new PrintOptions()).getContent());
		Artifacts.save("handout-print.pdf", pdf);
		assertThat(pages(pdf)).as("printed pages").isEqualTo(1);
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.collect(Collectors.joining("\n"));
	}

}
