package com.certadvisor.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.certadvisor.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static com.certadvisor.Fixtures.catalogFile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reloads are triggered by calling {@link ReloadingCatalog#reloadIfChanged()} directly,
 * as the poller would, so nothing here depends on timing.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReloadingCatalogTests {

	@TempDir
	private Path dir;

	private Path file;

	private ReloadingCatalog catalogs;

	private final List<Object> events = new ArrayList<>();

	@BeforeEach
	void loadSchoolCatalog() throws IOException {
		this.file = this.dir.resolve("school.json");
		edit(catalogFile("2027-01-01"));
		this.catalogs = new ReloadingCatalog(new CatalogFiles(new FileSystemResource(this.file), null),
				new CatalogLoader(), Clock.systemDefaultZone(), this.events::add);
	}

	private void edit(String content) throws IOException {
		Files.writeString(this.file, content);
	}

	private String served() {
		return this.catalogs.current().version();
	}

	/** The school's file with a source that does not exist. */
	private static String unknownSource(String version) {
		return catalogFile(version).replace("\"source\": \"A7\"", "\"source\": \"A77\"");
	}

	@Nested
	class ValidChange {

		@Test
		void isServedAndLoggedWithBothEditions(CapturedOutput output) throws IOException {
			edit(catalogFile("2027-02-01"));
			ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			assertThat(served()).isEqualTo("2027-02-01");
			assertThat(output).contains("Reloaded catalog file [" + ReloadingCatalogTests.this.file + "]",
					"edition 2027-01-01 -> 2027-02-01");
			assertThat(ReloadingCatalogTests.this.events).containsExactly(new CatalogReload(true, "2027-02-01"));
		}

		@Test
		void anUnchangedFileIsNeitherParsedAgainNorLogged(CapturedOutput output) {
			Catalog loaded = ReloadingCatalogTests.this.catalogs.current();
			ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			assertThat(ReloadingCatalogTests.this.catalogs.current()).isSameAs(loaded);
			assertThat(output).doesNotContain("ReloadingCatalog");
			assertThat(ReloadingCatalogTests.this.events).isEmpty();
		}

		@Test
		void anEditThatKeepsTheEditionIsServedWithAWarningAboutCaches(CapturedOutput output) throws IOException {
			edit(catalogFile("2027-01-01").replace("\"source\": \"A7\"", "\"source\":\"A7\""));
			Catalog before = ReloadingCatalogTests.this.catalogs.current();
			ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			assertThat(ReloadingCatalogTests.this.catalogs.current()).isNotSameAs(before);
			assertThat(output).contains("WARN", "still edition 2027-01-01", "change 'version' with every edit");
		}

	}

	@Nested
	class InvalidChange {

		@Test
		void isRejectedWithEveryProblemAndTheLastGoodCatalogKeepsServing(CapturedOutput output) throws IOException {
			Catalog good = ReloadingCatalogTests.this.catalogs.current();
			edit(unknownSource("2027-02-01"));
			ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			assertThat(ReloadingCatalogTests.this.catalogs.current()).isSameAs(good);
			assertThat(output).contains("WARN", "Catalog file [" + ReloadingCatalogTests.this.file + "] is invalid",
					".source: unknown source 'A77'; add it to $.sources", "Still serving edition 2027-01-01");
			assertThat(ReloadingCatalogTests.this.events).containsExactly(new CatalogReload(false, "2027-01-01"));
		}

		@Test
		void brokenJsonIsRejectedNamingWhereItBreaks(CapturedOutput output) throws IOException {
			edit(catalogFile("2027-02-01").replace("\"questions\": [", "\"questions\": [,"));
			ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			assertThat(served()).isEqualTo("2027-01-01");
			assertThat(output).contains("is invalid:\n  - $.questions", "Still serving edition 2027-01-01");
		}

		@Test
		void isLoggedOnceNotAtEveryCheck(CapturedOutput output) throws IOException {
			edit(unknownSource("2027-02-01"));
			for (int i = 0; i < 3; i++) {
				ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			}
			assertThat(output.getOut().split("is invalid", -1)).hasSize(2);
			assertThat(ReloadingCatalogTests.this.events).hasSize(1);
		}

		@Test
		void aMissingFileIsReportedOnceAndTheCatalogKeepsServing(CapturedOutput output) throws IOException {
			Files.delete(ReloadingCatalogTests.this.file);
			ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			assertThat(served()).isEqualTo("2027-01-01");
			assertThat(output.getOut().split("cannot read the file", -1)).hasSize(2);
			assertThat(ReloadingCatalogTests.this.events).containsExactly(new CatalogReload(false, "2027-01-01"));
		}

		@Test
		void theFixedFileIsServedOnceItIsValidAgain() throws IOException {
			edit(unknownSource("2027-02-01"));
			ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			edit(catalogFile("2027-02-01"));
			ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			assertThat(served()).isEqualTo("2027-02-01");
			assertThat(ReloadingCatalogTests.this.events).containsExactly(new CatalogReload(false, "2027-01-01"),
					new CatalogReload(true, "2027-02-01"));
		}

		@Test
		void theSameInvalidContentIsRejectedAgainAfterAGoodOne(CapturedOutput output) throws IOException {
			edit(unknownSource("2027-02-01"));
			ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			edit(catalogFile("2027-02-01"));
			ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			edit(unknownSource("2027-02-01"));
			ReloadingCatalogTests.this.catalogs.reloadIfChanged();
			assertThat(served()).isEqualTo("2027-02-01");
			assertThat(output.getOut().split("is invalid", -1)).hasSize(3);
		}

	}

	/**
	 * A school file over the embedded catalog: watched and reloaded by the same rules.
	 */
	@Nested
	class SchoolFile {

		private Path school;

		private ReloadingCatalog withSchool;

		@BeforeEach
		void loadSchoolFile() throws IOException {
			this.school = ReloadingCatalogTests.this.dir.resolve("school-file.json");
			Files.writeString(this.school, SchoolFileTests.example());
			this.withSchool = new ReloadingCatalog(
					new CatalogFiles(new ClassPathResource("catalog/cert-advisor-catalog.json"),
							new FileSystemResource(this.school)),
					new CatalogLoader(), Fixtures.CLOCK, ReloadingCatalogTests.this.events::add);
		}

		private int price() {
			return this.withSchool.current().programmes("CCS").get(0).price();
		}

		@Test
		void anEditIsServedWithANewTagThoughTheCatalogsEditionStays(CapturedOutput output) throws IOException {
			String tag = this.withSchool.current().tag();
			Files.writeString(this.school, SchoolFileTests.example().replace("5400", "5100"));
			this.withSchool.reloadIfChanged();
			assertThat(price()).isEqualTo(5100);
			assertThat(this.withSchool.current().tag()).isNotEqualTo(tag)
				.startsWith(this.withSchool.current().version() + "+");
			assertThat(output).contains("the school file changed").doesNotContain("change 'version'");
		}

		@Test
		void aBadEditKeepsTheLastGoodFileAndIsCountedAsRefused(CapturedOutput output) throws IOException {
			Files.writeString(this.school, SchoolFileTests.example().replace("\"price\": 5400", "\"price\": -1"));
			this.withSchool.reloadIfChanged();
			assertThat(price()).isEqualTo(5400);
			assertThat(output).contains("school-file.json] is invalid", "$.programmes[2]: 'price' must not be negative",
					"Still serving edition");
			assertThat(ReloadingCatalogTests.this.events)
				.containsExactly(new CatalogReload(false, this.withSchool.current().version()));
		}

		@Test
		void isWatchedThoughTheCatalogShipsWithTheApplication() {
			CatalogFiles files = new CatalogFiles(new ClassPathResource("catalog/cert-advisor-catalog.json"),
					new FileSystemResource(this.school));
			assertThat(files.reload(Duration.ofSeconds(5))).isTrue();
			assertThat(new CatalogFiles(files.catalog(), null).reload(Duration.ofSeconds(5))).isFalse();
			assertThat(files.reload(Duration.ZERO)).isFalse();
		}

	}

	@Nested
	class Pinning {

		@Test
		void aPinnedThreadKeepsItsCatalogWhileOthersSeeTheReloadedOne() throws IOException {
			try (CatalogSource.Pin pin = ReloadingCatalogTests.this.catalogs.pin()) {
				edit(catalogFile("2027-02-01"));
				ReloadingCatalogTests.this.catalogs.reloadIfChanged();
				assertThat(served()).isEqualTo("2027-01-01");
				assertThat(CompletableFuture.supplyAsync(ReloadingCatalogTests.this::served).join())
					.isEqualTo("2027-02-01");
			}
			assertThat(served()).isEqualTo("2027-02-01");
		}

		@Test
		void closingAnInnerPinKeepsTheOuterOne() throws IOException {
			try (CatalogSource.Pin outer = ReloadingCatalogTests.this.catalogs.pin()) {
				edit(catalogFile("2027-02-01"));
				ReloadingCatalogTests.this.catalogs.reloadIfChanged();
				try (CatalogSource.Pin inner = ReloadingCatalogTests.this.catalogs.pin()) {
					assertThat(served()).isEqualTo("2027-01-01");
				}
				assertThat(served()).isEqualTo("2027-01-01");
			}
			assertThat(served()).isEqualTo("2027-02-01");
		}

	}

}
