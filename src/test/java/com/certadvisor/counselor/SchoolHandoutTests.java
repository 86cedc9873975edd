package com.certadvisor.counselor;

import com.certadvisor.AdvisorServices;
import com.certadvisor.Fixtures;
import com.certadvisor.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The handout of an installation with the docs' example school file. */
@WebMvcTest(CounselorController.class)
@Import(AdvisorServices.class)
@TestPropertySource(properties = Fixtures.SCHOOL_FILE)
class SchoolHandoutTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void namesTheSchoolsProgrammesForEachCredentialAfterWhatEachCosts() {
		Document handout = Html.okPage(this.mvc, "/counselor/handout?setting=outpatient");
		assertThat(handout.select("section.offer h3").eachText()).containsExactly(
				"At Riverside Community College, for the CPC", "At Riverside Community College, for the CCS");
		assertThat(handout.select("section.offer li a").eachText()).containsExactly("Outpatient Coding Certificate",
				"CPC Exam Review, evenings", "Inpatient Coding Certificate");
		assertThat(handout.select(".handout__costs, section.offer").first())
			.isSameAs(handout.selectFirst(".handout__costs"));
	}

}
