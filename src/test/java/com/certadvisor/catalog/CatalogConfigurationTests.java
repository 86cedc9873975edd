package com.certadvisor.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.certadvisor.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.certadvisor.Fixtures.catalogFile;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(CatalogConfiguration.class, Bound.class);

	@TempDir
	private Path dir;

	private ApplicationContextRunner withSchoolFile(String content) throws IOException {
		Path file = this.dir.resolve("school.json");
		Files.writeString(file, content);
		return this.runner.withPropertyValues("cert-advisor.catalog.location=file:" + file);
	}

	@Nested
	class Loading {

		@Test
		void loadsTheEmbeddedCatalogByDefault() {
			CatalogConfigurationTests.this.runner
				.run((context) -> assertThat(context.getBean(CatalogSource.class).current().version())
					.isEqualTo("2026-12-07.4"));
		}

		@Test
		void loadsASchoolsOwnCatalogFile() throws IOException {
			withSchoolFile(catalogFile("2027-01-15"))
				.run((context) -> assertThat(context.getBean(CatalogSource.class).current().version())
					.isEqualTo("2027-01-15"));
		}

		@Test
		void anInvalidCatalogStopsStartUpNamingThePath() throws IOException {
			withSchoolFile(catalogFile("2027-01-15").replace("\"source\": \"A7\"", "\"source\": \"A77\""))
				.run((context) -> {
					assertThat(context).hasFailed();
					assertThat(context.getStartupFailure()).rootCause()
						.isInstanceOf(InvalidCatalogException.class)
						.hasMessageContaining(".source: unknown source 'A77'");
				});
		}

		@Test
		void laysTheSchoolFileOverTheEmbeddedCatalog() {
			CatalogConfigurationTests.this.runner
				.withPropertyValues("cert-advisor.school.location=file:" + SchoolFileTests.EXAMPLE)
				.withBean(Clock.class, () -> Fixtures.CLOCK)
				.run((context) -> assertThat(context.getBean(CatalogSource.class).current().school().name())
					.isEqualTo("Riverside Community College"));
		}

		@Test
		void anInvalidSchoolFileStopsStartUpNamingItsPath() throws IOException {
			Path file = CatalogConfigurationTests.this.dir.resolve("bad-school.json");
			Files.writeString(file, SchoolFileTests.example().replace("\"price\": 650", "\"price\": -650"));
			CatalogConfigurationTests.this.runner.withPropertyValues("cert-advisor.school.location=file:" + file)
				.withBean(Clock.class, () -> Fixtures.CLOCK)
				.run((context) -> {
					assertThat(context).hasFailed();
					assertThat(context.getStartupFailure()).rootCause()
						.isInstanceOf(InvalidCatalogException.class)
						.hasMessageContaining("$.programmes[1]: 'price' must not be negative");
				});
		}

		@Test
		void failureAnalysisExplainsTheFix() {
			var exception = new InvalidCatalogException("school.json",
					List.of("$.version: 'version' is missing or blank"));
			var analysis = new InvalidCatalogFailureAnalyzer().analyze(exception);
			assertThat(analysis.getDescription()).contains("$.version: 'version' is missing or blank");
			assertThat(analysis.getAction()).contains("cert-advisor.catalog.location");
		}

	}

	@Nested
	class Reloading {

		@Test
		void watchesASchoolsCatalogFile() throws IOException {
			withSchoolFile(catalogFile("2027-01-15")).run(
					(context) -> assertThat(context.getBean(CatalogSource.class)).isInstanceOf(ReloadingCatalog.class));
		}

		@Test
		void stopsWatchingWhenTheApplicationStops() throws IOException {
			AtomicReference<ReloadingCatalog> watched = new AtomicReference<>();
			withSchoolFile(catalogFile("2027-01-15")).run((context) -> {
				watched.set((ReloadingCatalog) context.getBean(CatalogSource.class));
				assertThat(watched.get().watching()).isTrue();
			});
			assertThat(watched.get().watching()).isFalse();
		}

		@Test
		void neverWatchesTheEmbeddedCatalogWhichShipsWithTheApplication() {
			CatalogConfigurationTests.this.runner.run((context) -> assertThat(context.getBean(CatalogSource.class))
				.isNotInstanceOf(ReloadingCatalog.class));
		}

		@Test
		void aZeroIntervalTurnsReloadingOff() throws IOException {
			withSchoolFile(catalogFile("2027-01-15")).withPropertyValues("cert-advisor.catalog.reload-interval=0")
				.run((context) -> assertThat(context.getBean(CatalogSource.class))
					.isNotInstanceOf(ReloadingCatalog.class));
		}

	}

	/**
	 * What the application's {@code @ConfigurationPropertiesScan} binds for the catalog.
	 */
	@EnableConfigurationProperties({ CatalogProperties.class, SchoolProperties.class })
	static class Bound {

	}

}
