package com.certadvisor.api;

import com.certadvisor.AdvisorServices;
import com.certadvisor.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The API of an installation with the docs' example school file. */
@WebMvcTest(ApiController.class)
@Import(AdvisorServices.class)
@TestPropertySource(properties = Fixtures.SCHOOL_FILE)
class SchoolApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void namesTheSchoolAndGivesEachPlanItsProgrammes() {
		assertThat(this.mvc.get().uri("/api/recommendation?setting=outpatient")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.school.name").isEqualTo("Riverside Community College");
				json.assertThat().extractingPath("$.school.url").isEqualTo("https://www.example.edu/coding");
				json.assertThat()
					.extractingPath("$.plans[0].programmes[*].name")
					.asArray()
					.containsExactly("Outpatient Coding Certificate", "CPC Exam Review, evenings");
				json.assertThat().extractingPath("$.plans[0].programmes[0].price").isEqualTo(3200);
				json.assertThat().extractingPath("$.plans[0].programmes[0].format").isEqualTo("HYBRID");
				json.assertThat().extractingPath("$.plans[0].programmes[0].nextStart").isEqualTo("2027-01-11");
				json.assertThat().extractingPath("$.plans[0].programmes[1].nextStart").isNull();
				json.assertThat()
					.extractingPath("$.plans[1].programmes[*].name")
					.asArray()
					.containsExactly("Inpatient Coding Certificate");
			});
	}

	@Test
	void translatesWhatThePriceIncludes() {
		assertThat(this.mvc.get().uri("/api/recommendation?setting=outpatient&lang=es")).bodyJson()
			.extractingPath("$.plans[1].programmes[0].includes")
			.asArray()
			.containsExactly("la tarifa del examen CCS", "los libros de códigos");
	}

	@Test
	void givesTheSchoolsFiguresForTheFactsItReplaces() {
		assertThat(this.mvc.get().uri("/api/recommendation?setting=outpatient")).bodyJson()
			.extractingPath("$.plans[0].costs[?(@.route == 'college')].total")
			.asArray()
			.containsExactly(3200 + 425 + 222 * 2);
	}

}
