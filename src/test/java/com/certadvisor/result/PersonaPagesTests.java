package com.certadvisor.result;

import com.certadvisor.AdvisorServices;
import com.certadvisor.Html;
import com.certadvisor.Personas;
import com.certadvisor.Personas.Persona;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The result page for every persona says what a credentialing reviewer would. */
@WebMvcTest(ResultController.class)
@Import(AdvisorServices.class)
class PersonaPagesTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.certadvisor.Personas#all")
	void thePageGivesTheVerdictTheLaneAndThePlan(Persona persona) {
		Document page = Html.okPage(this.mvc, "/recommendation?" + persona.answers());
		assertThat(page.select("h1").text()).isEqualTo(switch (persona.verdict()) {
			case "CPC" -> "We recommend the CPC (Certified Professional Coder)";
			case "CCS" -> "We recommend the CCS (Certified Coding Specialist)";
			default -> "Either certification could suit you";
		});
		if (persona.lane() == null) {
			assertThat(page.select(".better-fit")).isEmpty();
		}
		else {
			assertThat(page.select(".better-fit h2").text()).endsWith(" the " + persona.lane() + " may fit you better");
			assertThat(page.select(".also dt").eachText()).noneMatch((name) -> name.startsWith(persona.lane() + " "));
		}
		assertThat(page.select("#plan-heading").text()).endsWith(" the " + persona.plan());
		int column = persona.plan().equals("CPC") ? 1 : 2;
		assertThat(page.select(".numbers tbody tr:first-child td:nth-of-type(" + column + ")").text())
			.startsWith((persona.monthsToHold() == 0) ? "this month" : persona.monthsToHold() + " month");
	}

}
