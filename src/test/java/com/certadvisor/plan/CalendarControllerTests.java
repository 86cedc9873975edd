package com.certadvisor.plan;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.certadvisor.AdvisorServices;
import com.certadvisor.Html;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.model.property.DateProperty;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@WebMvcTest(CalendarController.class)
@Import(AdvisorServices.class)
class CalendarControllerTests {

	private static final String BEGINNER_ASAP = "/plan.ics?timeline=asap&experience=none&education=none&cert=CPC";

	private static final String HOSPITAL_CCS = "/plan.ics?setting=inpatient&experience=inpatient&years=1-2&cert=CCS";

	@Autowired
	private MockMvcTester mvc;

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).exchange();
	}

	/** The body of a 200 answer, read back as a calendar client would. */
	private List<VEvent> events(String uri) {
		MvcTestResult result = get(uri);
		assertThat(result).hasStatusOk();
		try {
			Calendar calendar = new CalendarBuilder().build(new StringReader(Html.body(result)));
			return calendar.getComponents(Component.VEVENT);
		}
		catch (IOException | ParserException ex) {
			throw new AssertionError("not a calendar: " + uri, ex);
		}
	}

	private static String text(VEvent event, String property) {
		return event.<Property>getRequiredProperty(property).getValue();
	}

	private static LocalDate date(VEvent event, String property) {
		return (LocalDate) event.<DateProperty<?>>getRequiredProperty(property).getDate();
	}

	@Nested
	class File {

		@Test
		void isACalendarToSaveNamedForTheCredential() {
			MvcTestResult result = get(BEGINNER_ASAP);
			assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
			assertThat(result.getResponse().getContentType()).contains("UTF-8");
			assertThat(result).headers()
				.hasValue(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cert-advisor-CPC-plan.ics\"");
			assertThat(Html.body(result)).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0");
		}

		@Test
		void everyEventIsValidWithOneStampOfTheDayTheFileWasMade() throws ValidationException {
			List<VEvent> events = events(HOSPITAL_CCS);
			assertThat(events).isNotEmpty().allSatisfy((event) -> {
				assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1);
				assertThat(event.validate().hasErrors()).as(event.validate().toString()).isFalse();
			});
		}

		@Test
		void datesTheCpcFromThisMonthForABeginnerInAHurry() {
			List<VEvent> events = events(BEGINNER_ASAP);
			assertThat(events)
				.extracting((event) -> text(event, Property.SUMMARY), (event) -> date(event, Property.DTSTART))
				.containsExactly(tuple("CPC: Study for the exam", LocalDate.of(2026, 12, 1)),
						tuple("CPC: Sit the CPC exam", LocalDate.of(2027, 4, 1)),
						tuple("CPC: Earliest the A can come off", LocalDate.of(2028, 4, 1)),
						tuple("CPC: First CEU deadline", LocalDate.of(2029, 4, 1)));
			assertThat(date(events.get(0), Property.DTEND)).as("studying lasts until the exam")
				.isEqualTo(LocalDate.of(2027, 4, 1));
			assertThat(text(events.get(1), Property.DESCRIPTION)).startsWith("Planned for April 2027. 100")
				.contains("Source: AAPC: CPC exam FAQs, as of Dec 2026.");
			assertThat(text(events.get(1), Property.URL)).isEqualTo("https://www.aapc.com/resources/cpc-exam-faqs");
		}

		@Test
		void datesTheCcsFromTheStartMonthGivenInDateOrder() {
			List<VEvent> events = events(HOSPITAL_CCS + "&start=2027-02");
			assertThat(events)
				.extracting((event) -> text(event, Property.SUMMARY), (event) -> date(event, Property.DTSTART))
				.containsExactly(tuple("CCS: Study for the exam", LocalDate.of(2027, 2, 1)),
						tuple("CCS: Apply to AHIMA", LocalDate.of(2027, 5, 1)),
						tuple("CCS: Sit the CCS exam", LocalDate.of(2027, 6, 1)),
						tuple("CCS: Earliest retake, if needed", LocalDate.of(2027, 7, 1)),
						tuple("CCS: Your 120-day window closes", LocalDate.of(2027, 8, 29)),
						tuple("CCS: First CEU deadline", LocalDate.of(2029, 6, 1)));
		}

		@Test
		void leavesOutMilestonesWithoutADate() {
			assertThat(events(BEGINNER_ASAP)).extracting((event) -> text(event, Property.SUMMARY))
				.noneMatch((summary) -> summary.contains("Retake"));
		}

		@Test
		void everyEventIsAllDay() {
			assertThat(events(HOSPITAL_CCS)).allSatisfy((event) -> {
				Property start = event.getRequiredProperty(Property.DTSTART);
				Optional<Parameter> value = start.getParameter(Parameter.VALUE);
				assertThat(value).map(Parameter::getValue).hasValue("DATE");
				assertThat(start.getValue()).matches("\\d{8}");
			});
		}

		@Test
		void speaksTheRequestedLanguage() {
			List<VEvent> events = events(HOSPITAL_CCS + "&lang=es");
			assertThat(events).extracting((event) -> text(event, Property.SUMMARY))
				.startsWith("CCS: Estudia para el examen", "CCS: Solicita el examen a AHIMA",
						"CCS: Presenta el examen CCS");
			assertThat(text(events.get(2), Property.DESCRIPTION)).startsWith("Previsto para abril de 2027.");
		}

	}

	@Nested
	class Uids {

		private List<String> uids(String uri) {
			return events(uri).stream().map((event) -> text(event, Property.UID)).toList();
		}

		@Test
		void areStableSoImportingTheSameLinkAgainUpdatesTheEvents() {
			List<String> first = uids(HOSPITAL_CCS);
			assertThat(first).doesNotHaveDuplicates().allMatch((uid) -> uid.endsWith("@cert-advisor"));
			assertThat(uids(HOSPITAL_CCS)).isEqualTo(first);
			assertThat(uids(HOSPITAL_CCS + "&lang=es")).as("the language is not part of the link").isEqualTo(first);
		}

		@Test
		void differForDifferentAnswersCredentialsAndStartMonths() {
			List<String> hospital = uids(HOSPITAL_CCS);
			assertThat(uids("/plan.ics?setting=inpatient&experience=inpatient&cert=CCS"))
				.doesNotContainAnyElementsOf(hospital);
			assertThat(uids("/plan.ics?setting=inpatient&cert=CPC")).doesNotContainAnyElementsOf(hospital);
			assertThat(uids(HOSPITAL_CCS + "&start=2027-01")).doesNotContainAnyElementsOf(hospital);
		}

	}

	@Nested
	class BadParameters {

		private Document badRequest(String uri) {
			MvcTestResult result = get(uri);
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			return Html.parse(result);
		}

		@ParameterizedTest
		@ValueSource(strings = { "/plan.ics?setting=inpatient", "/plan.ics?setting=inpatient&cert=CCA",
				"/plan.ics?setting=inpatient&cert=ccs", "/plan.ics?setting=inpatient&cert=" })
		void anUnknownOrMissingCertificationNamesCert(String uri) {
			Document page = badRequest(uri);
			assertThat(page.select(".problem__what").text()).contains("“cert”").endsWith("It takes: CPC, CCS.");
			assertThat(page.select("a.button").attr("href")).isEqualTo("/recommendation?setting=inpatient");
		}

		@ParameterizedTest
		@ValueSource(strings = { "2026-10", "2029-01", "2027-13", "soon" })
		void aStartOutsideTheWindowNamesStart(String start) {
			Document page = badRequest(HOSPITAL_CCS + "&start=" + start);
			assertThat(page.select(".problem__what").text())
				.isEqualTo("“" + start + "” is not a value “start” takes. It takes: 2026-11 … 2028-12.");
		}

		@Test
		void badAnswersAreTheBadAnswersPage() {
			Document page = badRequest("/plan.ics?setting=hospital&cert=CPC");
			assertThat(page.select("h1").text()).isEqualTo("Some answers in this link were not understood");
		}

	}

}
