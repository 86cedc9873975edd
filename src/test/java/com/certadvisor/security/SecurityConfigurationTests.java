package com.certadvisor.security;

import com.certadvisor.AdvisorServices;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SecurityConfigurationTests {

	/** The class summaries' controllers, which need a database: headers are the same. */
	static final String STORED = ".*\\.(ClassPages|ClassResults|ApiClass)Controller";

	@Nested
	@WebMvcTest(excludeFilters = @Filter(type = FilterType.REGEX, pattern = STORED))
	@Import(AdvisorServices.class)
	class ByDefault {

		@Autowired
		private MockMvcTester mvc;

		@Test
		void sendsHstsOnlyOverHttps() {
			assertThat(this.mvc.get().uri("/").secure(true)).hasStatusOk()
				.hasHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
			assertThat(this.mvc.get().uri("/")).doesNotContainHeader("Strict-Transport-Security");
		}

		@Test
		void forbidsFraming() {
			MvcTestResult result = this.mvc.get().uri("/").exchange();
			assertThat(result).hasHeader("X-Frame-Options", "DENY");
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'none'");
		}

	}

	@Nested
	@WebMvcTest(properties = "cert-advisor.security.frame-ancestors=https://school.example",
			excludeFilters = @Filter(type = FilterType.REGEX, pattern = STORED))
	@Import(AdvisorServices.class)
	class ForASchoolThatEmbedsTheAdvisor {

		@Autowired
		private MockMvcTester mvc;

		@Test
		void allowsFramingByTheSchoolsOwnSiteOnly() {
			MvcTestResult result = this.mvc.get().uri("/").exchange();
			assertThat(result).doesNotContainHeader("X-Frame-Options");
			assertThat(result.getResponse().getHeader("Content-Security-Policy"))
				.endsWith("frame-ancestors https://school.example");
		}

	}

	@Test
	void rejectsAFrameAncestorThatIsNotAnOrigin() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HardeningProperties(java.util.List.of("https://school.example; script-src *")))
			.withMessageContaining("frame-ancestors takes origins");
	}

}
