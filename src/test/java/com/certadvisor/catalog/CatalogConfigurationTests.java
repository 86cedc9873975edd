package com.certadvisor.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(CatalogConfiguration.class);

	@Test
	void loadsTheEmbeddedCatalogByDefault() {
		this.runner.run((context) -> assertThat(context.getBean(CatalogSource.class).current().version())
			.isEqualTo("2026-11-26"));
	}

	@Test
	void loadsASchoolsOwnCatalogFile(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("school.json");
		Files.writeString(file, embedded().replace("\"version\": \"2026-11-26\"", "\"version\": \"school-2027\""));
		this.runner.withPropertyValues("cert-advisor.catalog.location=file:" + file)
			.run((context) -> assertThat(context.getBean(CatalogSource.class).current().version())
				.isEqualTo("school-2027"));
	}

	@Test
	void anInvalidCatalogStopsStartUpNamingThePath(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("broken.json");
		Files.writeString(file, embedded().replace("\"source\": \"A7\"", "\"source\": \"A77\""));
		this.runner.withPropertyValues("cert-advisor.catalog.location=file:" + file).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidCatalogException.class)
				.hasMessageContaining(".source: unknown source 'A77'");
		});
	}

	@Test
	void failureAnalysisExplainsTheFix() {
		var exception = new InvalidCatalogException("school.json",
				java.util.List.of("$.version: 'version' is missing or blank"));
		var analysis = new InvalidCatalogFailureAnalyzer().analyze(exception);
		assertThat(analysis.getDescription()).contains("$.version: 'version' is missing or blank");
		assertThat(analysis.getAction()).contains("cert-advisor.catalog.location");
	}

	private static String embedded() throws IOException {
		try (InputStream in = new ClassPathResource("catalog/cert-advisor-catalog.json").getInputStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
