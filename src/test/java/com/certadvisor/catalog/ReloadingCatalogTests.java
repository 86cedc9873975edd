package com.certadvisor.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
		this.catalogs = new ReloadingCatalog(new FileSystemResource(this.file), new CatalogLoader(), this.events::add);
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
