package com.certadvisor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator reads when the application starts: a line that it started, and nothing
 * that looks like a problem to act on.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartUpLogTests {

	@Test
	void aCleanStartLogsNoWarningsErrorsOrFailures(CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CertAdvisorApplication.class)
			.main(CertAdvisorApplication.class)
			.run("--server.port=0", "--management.server.port=0")) {
			assertThat(output).contains("Started CertAdvisorApplication")
				.doesNotContain(" WARN ", " ERROR ", "Failed", "Exception", "password");
		}
	}

}
