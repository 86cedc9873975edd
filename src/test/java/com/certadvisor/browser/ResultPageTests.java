package com.certadvisor.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result page as a person on a phone meets it: what fits on the first screens, the
 * folded parts with and without JavaScript, and the calendar file the browser downloads.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class ResultPageTests {

	private static final String RESULT = "/recommendation?setting=outpatient&role=outpatient-coder&experience=none"
			+ "&education=coding-course&membership=aapc";

	private static final StringBuilder HEIGHTS = new StringBuilder();

	@LocalServerPort
	private int port;

	private ChromeDriver driver;

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	private void open(boolean javaScript, Viewport viewport, String path) {
		this.driver = Chromium.start(javaScript);
		viewport.apply(this.driver);
		this.driver.get("http://localhost:" + this.port + path);
	}

	private int bottom(String selector) {
		return ((Number) this.driver.executeScript(
				"return Math.ceil(document.querySelector(arguments[0]).getBoundingClientRect().bottom + scrollY)",
				selector))
			.intValue();
	}

	@ParameterizedTest
	@ValueSource(strings = { RESULT, "/recommendation?setting=inpatient&experience=none&lang=es",
			"/recommendation?setting=outpatient&goal=lead-manage&experience=none&timeline=asap",
			"/recommendation?setting=inpatient&role=unsure&experience=none&education=credential&timeline=within-year"
					+ "&goal=audit-compliance&membership=none&lang=es" })
	void onAPhoneTheVerdictWhyAndBothCredentialsTimeAndCostComeInTheFirst1400PixelsAndThePageStaysShort(String page) {
		open(true, Viewport.MOBILE, page);
		assertThat(bottom("h1")).isLessThan(1400);
		assertThat(bottom(".why")).isLessThan(1400);
		assertThat(bottom(".numbers tbody tr:nth-child(3)")).as("time and cost rows of both credentials")
			.isLessThanOrEqualTo(1400);
		Number height = (Number) this.driver.executeScript("return document.documentElement.scrollHeight");
		HEIGHTS.append("375 px: ")
			.append(page)
			.append(": whole page ")
			.append(height)
			.append(" px, numbers end at ")
			.append(bottom(".numbers"))
			.append(" px\n");
		Artifacts.save("recommendation-heights.txt", HEIGHTS.toString().getBytes());
		assertThat(height.intValue()).as("page height at 375 px, folded parts closed").isLessThanOrEqualTo(7000);
	}

	@Test
	void theFoldedPartsOpenWithJavaScriptOff() {
		open(false, Viewport.MOBILE, RESULT);
		WebElement whatIf = this.driver.findElement(By.id("what-if"));
		WebElement choice = whatIf.findElement(By.cssSelector(".what-if__more a"));
		assertThat(choice.isDisplayed()).isFalse();
		whatIf.findElement(By.tagName("summary")).click();
		assertThat(choice.isDisplayed()).isTrue();
		WebElement comparison = this.driver.findElement(By.id("comparison"));
		assertThat(comparison.findElement(By.tagName("table")).isDisplayed()).isFalse();
		comparison.findElement(By.tagName("summary")).click();
		assertThat(comparison.findElement(By.tagName("table")).isDisplayed()).isTrue();
	}

	@Test
	void theFoldedPartsOpenFromTheKeyboardWithJavaScriptOn() {
		open(true, Viewport.DESKTOP, RESULT);
		WebElement sources = this.driver
			.findElement(By.xpath("//*[contains(@class,'sources-list')]/ancestor::details"));
		assertThat(sources.findElement(By.cssSelector(".sources-list")).isDisplayed()).isFalse();
		sources.findElement(By.tagName("summary")).sendKeys(" ");
		assertThat(sources.findElement(By.cssSelector(".sources-list")).isDisplayed()).isTrue();
		assertThat(sources.getAttribute("open")).isNotNull();
	}

	@Test
	void theCalendarLinkDownloadsTheDatesOfThePlan(@TempDir Path downloads)
			throws IOException, ParserException, InterruptedException {
		open(true, Viewport.DESKTOP, RESULT);
		this.driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		this.driver.findElement(By.cssSelector(".calendar-links a[href*='cert=CPC']")).click();
		Path file = downloads.resolve("cert-advisor-CPC-plan.ics");
		for (int i = 0; i < 100 && !Files.exists(file); i++) {
			Thread.sleep(100);
		}
		assertThat(file).exists();
		Calendar calendar;
		try (InputStream ics = Files.newInputStream(file)) {
			calendar = new CalendarBuilder().build(ics);
		}
		List<VEvent> events = calendar.getComponents()
			.stream()
			.filter(VEvent.class::isInstance)
			.map(VEvent.class::cast)
			.toList();
		assertThat(events).extracting((event) -> event.getProperty(Property.SUMMARY).orElseThrow().getValue())
			.containsExactly("CPC: Study for the exam", "CPC: Sit the CPC exam", "CPC: Earliest the A can come off",
					"CPC: First CEU deadline");
		// A coding course: 3 months of study, and the course with Practicode removes the
		// A.
		LocalDate start = YearMonth.now().atDay(1);
		assertThat(events)
			.extracting((event) -> LocalDate.parse(event.getProperty(Property.DTSTART).orElseThrow().getValue(),
					DateTimeFormatter.BASIC_ISO_DATE))
			.containsExactly(start, start.plusMonths(3), start.plusMonths(3), start.plusMonths(27));
	}

}
