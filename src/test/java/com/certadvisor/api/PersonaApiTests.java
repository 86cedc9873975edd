package com.certadvisor.api;

import com.certadvisor.AdvisorServices;
import com.certadvisor.Personas.Persona;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The API tells every persona what the result page tells them. */
@WebMvcTest(ApiController.class)
@Import(AdvisorServices.class)
class PersonaApiTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.certadvisor.Personas#all")
	void theApiGivesTheVerdictTheBetterFitAndThePlansTime(Persona persona) {
		assertThat(this.mvc.get().uri("/api/recommendation?" + persona.answers())).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.verdict").isEqualTo(persona.verdict());
				if (persona.lane() == null) {
					json.assertThat().extractingPath("$.betterFit").isNull();
				}
				else {
					json.assertThat().extractingPath("$.betterFit.id").isEqualTo(persona.lane());
				}
				json.assertThat()
					.extractingPath("$.plans[?(@.certification == '" + persona.plan() + "')].monthsToHold")
					.asArray()
					.containsExactly(persona.monthsToHold());
			});
	}

}
