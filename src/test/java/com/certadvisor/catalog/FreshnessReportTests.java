package com.certadvisor.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;

import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes target/freshness-report.txt: the catalog's stale and estimated statements, for
 * whoever maintains it. Run alone with {@code ./mvnw test -Dtest=FreshnessReportTests}.
 */
class FreshnessReportTests {

	/** Judged on the real date: the report is for whoever re-checks the catalog today. */
	private final FreshnessReport report = FreshnessReport.of(CATALOG,
			new Freshness(Clock.systemDefaultZone(), new FreshnessProperties(Period.ofMonths(18))));

	@Test
	void writesTheReportForTheEmbeddedCatalog() throws IOException {
		Path file = Path.of("target", "freshness-report.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, this.report.render());
		assertThat(file).content().startsWith("Stale (older than the freshness limit):");
	}

	@Test
	void listsEveryEstimateAndEveryStaleStatementAndNothingElse() {
		long estimates = CATALOG.comparison()
			.stream()
			.flatMap((section) -> section.rows().stream())
			.flatMap((row) -> row.cells().values().stream())
			.flatMap((facts) -> facts.stream())
			.filter(Fact::estimate)
			.count();
		assertThat(this.report.entries()).allMatch((entry) -> entry.estimate() || entry.stale());
		assertThat(this.report.entries().stream().filter((entry) -> entry.where().startsWith("comparison: ")))
			.filteredOn(FreshnessReport.Entry::estimate)
			.hasSize((int) estimates);
	}

	@Test
	void namesWhereEachStatementIs() {
		assertThat(this.report.entries()).extracting(FreshnessReport.Entry::where)
			.contains("comparison: Keeping the credential / Renewal cost / CCS", "related: CCA",
					"path: CPC / CPC-A apprentice", "cost: CCS / AHIMA membership dues");
		assertThat(this.report.render())
			.contains("  - [2021, H4] comparison: Keeping the credential / Renewal cost / CCS");
	}

}
