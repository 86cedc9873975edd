package com.certadvisor.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person does in a real browser: clicking, keyboard only, Back and Forward. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class JourneyTests {

	/** The questions asked when no answer calls for a follow-up. */
	private static final List<String> QUESTIONS = List.of("setting", "role", "experience", "education", "depth",
			"timeline", "goal", "remote", "membership");

	@LocalServerPort
	private int port;

	private ChromeDriver driver;

	@BeforeEach
	void startBrowser() {
		this.driver = Chromium.start();
	}

	@AfterEach
	void stopBrowser() {
		this.driver.quit();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	/**
	 * Clicks the label of {@code value} (or skips) and Continue on the current question.
	 */
	private void answer(String question, String value) {
		answer(question, value, QUESTIONS.indexOf(question) + 1, QUESTIONS.size());
	}

	/** As {@link #answer(String, String)}, on a path of {@code total} questions. */
	private void answer(String question, String value, int number, int total) {
		assertThat(this.driver.findElement(By.cssSelector("legend .caption")).getText())
			.isEqualTo("Question " + number + " of " + total);
		assertThat(this.driver.getCurrentUrl()).containsPattern("/(questions|change)/" + question + "(\\?|$)");
		if (value != null) {
			this.driver.findElement(By.cssSelector("label[for=" + question + "-" + value + "]")).click();
		}
		click(By.cssSelector("form button[type=submit]"));
	}

	private String checked(String question) {
		return this.driver.findElements(By.cssSelector("input[name=" + question + "]"))
			.stream()
			.filter(WebElement::isSelected)
			.map((radio) -> radio.getAttribute("value"))
			.findFirst()
			.orElse(null);
	}

	@Test
	void clickingThroughTheWholeQuestionnaireGivesARecommendation() {
		this.driver.get(url("/"));
		click(By.linkText("Start now"));
		answer("setting", "outpatient");
		answer("role", "billing-specialist");
		answer("experience", "none");
		answer("education", "none");
		answer("depth", "prefer-not");
		answer("timeline", null);
		answer("goal", "specialize-outpatient");
		answer("remote", "later");
		answer("membership", "none");
		assertThat(heading()).isEqualTo("Check your answers");
		assertThat(this.driver.findElements(By.cssSelector(".summary__value")).get(5).getText())
			.isEqualTo("Not answered");
		click(By.linkText("See my recommendation"));
		assertThat(heading()).isEqualTo("We recommend the CPC (Certified Professional Coder)");
		assertThat(this.driver.getCurrentUrl()).contains("setting=outpatient").contains("membership=none");
	}

	@Test
	void browserBackAndForwardKeepTheAnswers() {
		this.driver.get(url("/questions/setting"));
		answer("setting", "inpatient");
		answer("role", "inpatient-coder");
		assertThat(this.driver.getCurrentUrl())
			.endsWith("/questions/experience?setting=inpatient&role=inpatient-coder");
		navigate(() -> this.driver.navigate().back());
		assertThat(this.driver.getCurrentUrl()).endsWith("/questions/role?setting=inpatient");
		assertThat(this.driver.findElement(By.cssSelector("input[type=hidden][name=setting]")).getAttribute("value"))
			.isEqualTo("inpatient");
		navigate(() -> this.driver.navigate().back());
		assertThat(checked("setting")).isEqualTo("inpatient");
		navigate(() -> this.driver.navigate().forward());
		navigate(() -> this.driver.navigate().forward());
		assertThat(this.driver.getCurrentUrl())
			.endsWith("/questions/experience?setting=inpatient&role=inpatient-coder");
		click(By.linkText("Back"));
		assertThat(checked("role")).isEqualTo("inpatient-coder");
	}

	@Test
	void changeLinksOnTheCheckPageChangeOneAnswerAndKeepTheRest() {
		this.driver.get(url("/check?setting=outpatient&role=outpatient-coder&education=none"));
		navigate(() -> this.driver.findElements(By.cssSelector(".summary__action a")).get(0).click());
		assertThat(checked("setting")).isEqualTo("outpatient");
		answer("setting", "inpatient");
		assertThat(heading()).isEqualTo("Check your answers");
		assertThat(this.driver.findElements(By.cssSelector(".summary__value"))).extracting(WebElement::getText)
			.startsWith("Inpatient", "Outpatient coder", "Not answered", "No health-related training yet");
	}

	@Test
	void aSharedResultOpensTheSameInAFreshBrowser() {
		this.driver.get(url("/recommendation?education=him-degree&experience=inpatient&setting=inpatient"));
		String shareLink = this.driver.findElement(By.id("share-link")).getAttribute("value");
		String numbers = this.driver.findElement(By.cssSelector(".numbers")).getText();
		ChromeDriver fresh = Chromium.start();
		try {
			fresh.get(shareLink);
			assertThat(fresh.findElement(By.tagName("h1")).getText())
				.isEqualTo("We recommend the CCS (Certified Coding Specialist)");
			assertThat(fresh.findElement(By.cssSelector(".numbers")).getText()).isEqualTo(numbers);
		}
		finally {
			fresh.quit();
		}
	}

	@Test
	void theWholeFlowWorksWithJavaScriptOff() {
		this.driver.quit();
		this.driver = Chromium.start(false);
		this.driver.get(url("/"));
		click(By.linkText("Start now"));
		for (String question : QUESTIONS) {
			answer(question, "setting".equals(question) ? "inpatient" : null);
		}
		click(By.linkText("See my recommendation"));
		assertThat(heading()).isEqualTo("We recommend the CCS (Certified Coding Specialist)");
	}

	@Test
	void theWholeFlowWorksWithTheKeyboardOnlyAndFocusIsVisible() {
		this.driver.get(url("/"));
		tabTo((element) -> "Start now".equals(element.getText()));
		pressToNavigate(Keys.ENTER);
		// Pick the second option of the first question, the first of the second, skip the
		// rest.
		tabTo((element) -> "setting-outpatient".equals(element.getAttribute("id")));
		press(Keys.ARROW_DOWN);
		assertThat(checked("setting")).isEqualTo("hospital-outpatient");
		tabTo((element) -> "Continue".equals(element.getText()));
		pressToNavigate(Keys.ENTER);
		tabTo((element) -> "role-outpatient-coder".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		assertThat(checked("role")).isEqualTo("outpatient-coder");
		tabTo((element) -> "Continue".equals(element.getText()));
		pressToNavigate(Keys.ENTER);
		for (int question = 3; question <= QUESTIONS.size(); question++) {
			tabTo((element) -> "Continue".equals(element.getText()));
			pressToNavigate(Keys.ENTER);
		}
		assertThat(heading()).isEqualTo("Check your answers");
		tabTo((element) -> "See my recommendation".equals(element.getText()));
		pressToNavigate(Keys.ENTER);
		assertThat(heading()).isEqualTo("Either certification could suit you");
		assertThat(this.driver.getCurrentUrl())
			.endsWith("/recommendation?setting=hospital-outpatient&role=outpatient-coder");
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void followUpsAreAskedOnlyWhenAnAnswerCallsForThemAndDroppedWhenItChanges(boolean javaScript) {
		if (!javaScript) {
			this.driver.quit();
			this.driver = Chromium.start(false);
		}
		this.driver.get(url("/questions/setting"));
		answer("setting", "hospital-outpatient", 1, 9);
		answer("role", "pro-fee-coder", 2, 9);
		answer("experience", "outpatient", 3, 9);
		answer("years", "1-2", 4, 10);
		answer("education", "credential", 5, 10);
		answer("held", "cpc-a", 6, 11);
		List<String> rest = List.of("depth", "timeline", "goal", "remote", "membership");
		for (int i = 0; i < rest.size(); i++) {
			answer(rest.get(i), null, 7 + i, 11);
		}
		assertThat(heading()).isEqualTo("Check your answers");
		assertThat(this.driver.findElements(By.cssSelector(".summary__key"))).extracting(WebElement::getText)
			.contains("How long have you been coding?", "Which credential do you hold?");

		navigate(() -> this.driver.findElement(By.cssSelector("a[href*='/change/education']")).click());
		answer("education", "coding-course", 5, 11);
		assertThat(heading()).isEqualTo("Check your answers");
		assertThat(this.driver.getCurrentUrl()).doesNotContain("held=");
		assertThat(this.driver.findElements(By.cssSelector(".summary__key"))).extracting(WebElement::getText)
			.doesNotContain("Which credential do you hold?")
			.hasSize(10);

		navigate(() -> this.driver.findElement(By.cssSelector("a[href*='/change/education']")).click());
		answer("education", "credential", 5, 10);
		assertThat(this.driver.getCurrentUrl()).contains("/change/held");
		answer("held", "rhit-rhia", 6, 11);
		assertThat(heading()).isEqualTo("Check your answers");
		assertThat(this.driver.getCurrentUrl()).contains("held=rhit-rhia");
	}

	@Test
	void theSourcesPageIsReachedAndReadWithTheKeyboardOnly() {
		this.driver.get(url("/"));
		tabTo((element) -> "Sources and how sure we are".equals(element.getText()));
		pressToNavigate(Keys.ENTER);
		assertThat(heading()).isEqualTo("Sources and how sure we are");
		WebElement facts = this.driver.findElement(By.cssSelector("#source-A2 details"));
		assertThat(facts.getAttribute("open")).isNull();
		tabTo((element) -> element.getText().endsWith("rest on it")
				&& element.findElement(By.xpath("..")).equals(facts));
		press(Keys.ENTER);
		assertThat(facts.getAttribute("open")).isNotNull();
		assertThat(facts.getText()).contains("AAPC (American Academy of Professional Coders)");
	}

	@Test
	void theSourcesPageFoldsAndUnfoldsWithJavaScriptOff() {
		this.driver.quit();
		this.driver = Chromium.start(false);
		this.driver.get(url("/sources"));
		WebElement facts = this.driver.findElement(By.cssSelector("#source-S11 details"));
		facts.findElement(By.tagName("summary")).click();
		assertThat(facts.getText()).contains("$425 for one attempt");
	}

	@Test
	void anOldLinkSaysWhatChangedAndLeadsToEveryChange() {
		this.driver.get(url("/recommendation?setting=inpatient&edition=2026-11-26"));
		WebElement notice = this.driver.findElement(By.cssSelector(".edition-notice"));
		assertThat(notice.getText()).startsWith("The facts have changed since this link was made.");
		click(By.linkText("Every source and every change"));
		assertThat(this.driver.getCurrentUrl()).endsWith("/sources#changes");
		assertThat(heading()).isEqualTo("Sources and how sure we are");
	}

	@Test
	void theSkipLinkIsTheFirstStopAndMovesToTheContent() {
		this.driver.get(url("/compare"));
		press(Keys.TAB);
		WebElement skip = this.driver.switchTo().activeElement();
		assertThat(skip.getText()).isEqualTo("Skip to main content");
		assertThat(skip.isDisplayed()).isTrue();
		press(Keys.ENTER);
		assertThat(this.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void aMistypedLinkReachesTheBadRequestPageAndRecovers() {
		this.driver.get(url("/recommendation?setting=hospital&role=him-manager"));
		assertThat(heading()).isEqualTo("Some answers in this link were not understood");
		assertThat(this.driver.findElement(By.cssSelector(".problem__what")).getText())
			.isEqualTo("“hospital” is not an answer to “Where would you like to work?”.");
		click(By.linkText("Continue with the answers we understood"));
		assertThat(this.driver.getCurrentUrl()).endsWith("/recommendation?role=him-manager");
		assertThat(heading()).isEqualTo("We recommend the CCS (Certified Coding Specialist)");
	}

	@Test
	void aCounselorsLinkPrefillsAnswersMarkedAsTheCounselorsUntilTheStudentChangesThem() {
		this.driver.get(url("/"));
		click(By.linkText("For counselors"));
		this.driver.findElement(By.cssSelector("label[for=setting-inpatient]")).click();
		this.driver.findElement(By.cssSelector("label[for=education-him-degree]")).click();
		click(By.cssSelector("main form button[type=submit]"));
		String studentLink = this.driver.findElement(By.id("student-link")).getAttribute("value");
		assertThat(studentLink).isEqualTo(url("/?setting=inpatient&education=him-degree"
				+ "&counselor=setting%3Ainpatient%2Ceducation%3Ahim-degree&lang=en&edition=2026-12-07.4"));

		this.driver.get(studentLink);
		assertThat(this.driver.findElement(By.cssSelector(".notice")).getText())
			.startsWith("Your counselor has filled in 2 answers for you.");
		click(By.linkText("Start now"));
		assertThat(checked("setting")).isEqualTo("inpatient");
		assertThat(this.driver.findElement(By.cssSelector("label[for=setting-inpatient]")).getText())
			.containsIgnoringCase("Set by your counselor");
		assertThat(this.driver.findElement(By.cssSelector(".counselor-note")).getText())
			.startsWith("Your counselor chose “Inpatient” for this question.");

		answer("setting", "outpatient");
		click(By.linkText("Back"));
		assertThat(checked("setting")).isEqualTo("outpatient");
		assertThat(this.driver.findElement(By.tagName("main")).getText())
			.doesNotContainIgnoringCase("Set by your counselor")
			.doesNotContain("Your counselor chose");
		for (String question : QUESTIONS) {
			answer(question, null);
		}
		assertThat(heading()).isEqualTo("Check your answers");
		List<String> shown = this.driver.findElements(By.cssSelector(".summary__value"))
			.stream()
			.map((value) -> value.getText().replaceAll("\\s+", " "))
			.toList();
		assertThat(shown).startsWith("Physician offices and clinics", "Not answered", "Not answered",
				"An HIM degree programme SET BY YOUR COUNSELOR");
	}

	@Test
	void aStudentTypesTheCounselorsCodeWithTheKeyboardFixesATypoAndGetsTheAnswers() {
		this.driver.get(url("/counselor?setting=inpatient&education=him-degree"));
		String code = this.driver.findElement(By.cssSelector(".short-code__code")).getText();
		assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}");
		char last = code.charAt(code.length() - 1);
		String typo = code.substring(0, code.length() - 1) + ((last == '7') ? '8' : '7');

		this.driver.get(url("/"));
		tabTo((element) -> "code".equals(element.getAttribute("id")));
		press(typo.toLowerCase());
		pressToNavigate(Keys.ENTER);
		assertThat(heading()).isEqualTo("This code does not open anything");
		assertThat(this.driver.findElement(By.id("code-error")).getText()).contains("mistyped, or two swapped");
		WebElement box = this.driver.findElement(By.id("code"));
		assertThat(box.getAttribute("value")).isEqualTo(typo.toLowerCase());

		// Tabbing into the box selects what it holds, so typing replaces it.
		tabTo((element) -> "code".equals(element.getAttribute("id")));
		press(code.replace("-", " "));
		pressToNavigate(Keys.ENTER);
		assertThat(this.driver.getCurrentUrl()).contains("setting=inpatient").contains("education=him-degree");
		assertThat(this.driver.findElement(By.cssSelector(".notice")).getText())
			.startsWith("Your counselor has filled in 2 answers for you.");
	}

	@Test
	void aCounselorStartsAClassAndDeletesItWithTheKeyboardOnly() {
		this.driver.get(url("/counselor"));
		tabTo((element) -> "label".equals(element.getAttribute("id")));
		press("Tuesday evening cohort");
		tabTo((element) -> "Start a class summary".equals(element.getText()));
		pressToNavigate(Keys.ENTER);
		assertThat(heading()).isEqualTo("What your class concluded: Tuesday evening cohort");
		String home = this.driver.getCurrentUrl();
		assertThat(home).matches(".*/classes/[0-9a-z]{10}/[0-9a-z]{26}");
		assertThat(this.driver.findElement(By.id("class-link")).getAttribute("value"))
			.isEqualTo(url("/?class=" + home.split("/")[4]));

		tabTo((element) -> "Delete this class and all its results".equals(element.getText()));
		pressToNavigate(Keys.ENTER);
		assertThat(heading()).isEqualTo("Delete the class “Tuesday evening cohort”?");
		tabTo((element) -> "Yes, delete this class".equals(element.getText()));
		pressToNavigate(Keys.ENTER);
		assertThat(heading()).isEqualTo("The class and all its results were deleted");
		this.driver.get(home);
		assertThat(heading()).isEqualTo("No class summary at this address");
	}

	@Test
	void aStudentAddsTheirResultWithJavaScriptOffAndTheCounselorSeesIt() {
		ClassFixture school = ClassFixture.start(url(""), "Evening cohort");
		this.driver.quit();
		this.driver = Chromium.start(false);
		this.driver.get(url("/?class=" + school.id().toUpperCase()));
		click(By.linkText("Start now"));
		for (String question : QUESTIONS) {
			answer(question, "setting".equals(question) ? "inpatient" : null);
		}
		click(By.linkText("See my recommendation"));
		assertThat(this.driver.findElement(By.id("opt-in-heading")).getText())
			.isEqualTo("Your class’s anonymous summary");
		click(By.xpath("//button[text()='Add my result to my class’s anonymous summary']"));
		assertThat(heading()).isEqualTo("Your result was added to your class’s anonymous summary");
		click(By.linkText("Back to your recommendation"));
		assertThat(heading()).isEqualTo("We recommend the CCS (Certified Coding Specialist)");

		this.driver.get(url(school.home()));
		assertThat(this.driver.findElement(By.cssSelector(".class-summary__total")).getText())
			.isEqualTo("Fewer than 5 students have added their result so far.");
		assertThat(this.driver.findElements(By.cssSelector("table.counts td.counts__count")))
			.allSatisfy((count) -> assertThat(count.getText()).isEqualTo("fewer than 5"));
		assertThat(this.driver.findElements(By.cssSelector("table.counts .bar__fill"))).as("no bar for a hidden count")
			.isEmpty();
	}

	@Test
	void aStudentAddsTheirResultWithTheKeyboardOnly() {
		ClassFixture school = ClassFixture.start(url(""), "Keyboard cohort");
		this.driver.get(url("/recommendation?setting=outpatient&class=" + school.id()));
		tabTo((element) -> "Add my result to my class’s anonymous summary".equals(element.getText()));
		pressToNavigate(Keys.ENTER);
		assertThat(heading()).isEqualTo("Your result was added to your class’s anonymous summary");
		Results results = new AxeBuilder()
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"))
			.analyze(this.driver);
		assertThat(results.getViolations()).isEmpty();
	}

	/**
	 * Runs {@code action} and waits until the browser has loaded the page it leads to.
	 */
	private void navigate(Runnable action) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		action.run();
		// While the old page goes away ChromeDriver may report it as "not in the
		// document"
		// rather than stale; both mean the navigation has started.
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until((browser) -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
		});
	}

	private void click(By locator) {
		navigate(() -> this.driver.findElement(locator).click());
	}

	private void pressToNavigate(CharSequence key) {
		navigate(() -> press(key));
	}

	private void press(CharSequence key) {
		new Actions(this.driver).sendKeys(key).perform();
	}

	/**
	 * Tabs forward until {@code target} has focus, checking every stop shows its focus.
	 */
	private void tabTo(Predicate<WebElement> target) {
		for (int stop = 0; stop < 40; stop++) {
			press(Keys.TAB);
			WebElement focused = this.driver.switchTo().activeElement();
			assertThat(focusIsVisible(focused)).as("visible focus on %s", focused.getAttribute("outerHTML")).isTrue();
			if (target.test(focused)) {
				return;
			}
		}
		throw new AssertionError("Tab never reached the element on " + this.driver.getCurrentUrl());
	}

	/**
	 * An outline or a ring on the element, or for our radios on the circle drawn by the
	 * label.
	 */
	private boolean focusIsVisible(WebElement element) {
		return (Boolean) this.driver.executeScript("""
				const el = arguments[0];
				const shown = (style) => (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
					|| style.boxShadow !== 'none';
				if (el.type === 'radio') {
					return shown(getComputedStyle(document.querySelector('label[for="' + el.id + '"]'), '::before'));
				}
				return shown(getComputedStyle(el));
				""", element);
	}

}
