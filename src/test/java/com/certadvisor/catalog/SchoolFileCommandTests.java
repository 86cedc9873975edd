package com.certadvisor.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.certadvisor.Fixtures.CATALOG;
import static com.certadvisor.Fixtures.catalogFile;
import static org.assertj.core.api.Assertions.assertThat;

class SchoolFileCommandTests {

	@TempDir
	private Path dir;

	private Path copy;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void copyTheCatalog() {
		this.copy = this.dir.resolve("our-catalog.json");
	}

	private int run(String copy) throws IOException {
		Files.writeString(this.copy, copy);
		return SchoolFileCommand.run(new String[] { "--school-file-from=" + this.copy },
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String schoolFile() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	/** The embedded catalog with the CPC exam at $399 and the CCS exam at $389. */
	private static String twoPricesChanged() {
		// The first $399 is the CCS exam's; the CPC exam's $425 is changed after it.
		return catalogFile(CATALOG.version()).replaceFirst("\"amount\": 399", "\"amount\": 389")
			.replaceFirst("\"amount\": 425", "\"amount\": 399");
	}

	@Test
	void isAskedForWithTheCopysPath() {
		assertThat(SchoolFileCommand.requested(new String[] { "--school-file-from=copy.json" })).isTrue();
		assertThat(SchoolFileCommand.requested(new String[] { "--review" })).isFalse();
	}

	@Test
	void aCopyThatChangesTwoPricesGivesASchoolFileOfThoseTwoFacts() throws IOException {
		assertThat(run(twoPricesChanged())).isZero();
		Catalog merged = SchoolFileTests.load(schoolFile());
		assertThat(merged.costs().get("CPC").get(0).amount()).isEqualTo(399);
		assertThat(merged.costs().get("CCS").get(0).amount()).isEqualTo(389);
		assertThat(schoolFile()).contains("\"costs.CPC[0]\"", "\"costs.CCS[0]\"");
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("costs.CPC[0]: carried over (amount, source, asOf)", "2 facts carried over");
	}

	@Test
	void anUnchangedCopyGivesAnEmptySchoolFile() throws IOException {
		assertThat(run(catalogFile(CATALOG.version()))).isZero();
		assertThat(schoolFile().strip()).isEqualTo("{ }");
	}

	@Test
	void leavesOutAFactTheEmbeddedCatalogHasNewerThanTheCopy() throws IOException {
		String stale = catalogFile(CATALOG.version()).replaceFirst(
				"\"text\": \"AAPC \\(American Academy of Professional Coders\\)\",\n(\\s*)\"source\": \"A2\",\n(\\s*)\"asOf\": \"2026-12\"",
				"\"text\": \"AAPC\",\n$1\"source\": \"A2\",\n$2\"asOf\": \"2025-06\"");
		assertThat(stale).isNotEqualTo(catalogFile(CATALOG.version()));
		assertThat(run(stale)).isZero();
		assertThat(schoolFile().strip()).isEqualTo("{ }");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("issuer.CPC[0]: left out; the embedded "
				+ "catalog's is newer (as of 2026-12, the copy's as of 2025-06)");
	}

	@Test
	void namesWhatASchoolFileCannotCarry() throws IOException {
		assertThat(run(catalogFile(CATALOG.version()).replace("\"threshold\": 2", "\"threshold\": 3"))).isZero();
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("$.rules differs: a school file cannot carry it");
	}

	@Test
	void saysWhatIsWrongWithACopyItCannotRead() throws IOException {
		assertThat(run("{ not json")).isOne();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("Cannot read the copy " + this.copy);
		assertThat(schoolFile()).isEmpty();
	}

}
