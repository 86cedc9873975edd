package com.certadvisor.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists every sourced statement of a catalog that is an estimate or possibly out of date,
 * so whoever maintains the catalog knows what to re-check.
 */
public final class FreshnessReport {

	/**
	 * One statement that needs a look.
	 *
	 * @param where where it is in the catalog, in words
	 * @param text the statement
	 * @param source its source id
	 * @param asOf its as-of date
	 * @param estimate whether it is unconfirmed
	 * @param stale whether it is older than the freshness limit
	 */
	public record Entry(String where, String text, String source, AsOf asOf, boolean estimate, boolean stale) {

	}

	private final List<Entry> entries;

	private FreshnessReport(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	public static FreshnessReport of(Catalog catalog, Freshness freshness) {
		List<Entry> all = new ArrayList<>();
		catalog.comparison()
			.forEach(
					(section) -> section.rows()
						.forEach((row) -> row.cells()
							.forEach((certification,
									facts) -> facts.forEach((fact) -> all.add(new Entry(
											"comparison: " + section.title() + " / " + row.label() + " / "
													+ certification,
											fact.text(), fact.source(), fact.asOf(), fact.estimate(),
											freshness.isStale(fact.asOf())))))));
		catalog.related()
			.forEach((credential) -> all
				.add(new Entry("related: " + credential.id(), credential.summary(), credential.source(),
						credential.asOf(), credential.estimate(), freshness.isStale(credential.asOf()))));
		catalog.paths()
			.forEach((certification, steps) -> steps
				.forEach((step) -> all.add(new Entry("path: " + certification + " / " + step.label(), step.detail(),
						step.source(), step.asOf(), step.estimate(), freshness.isStale(step.asOf())))));
		catalog.costs()
			.forEach((certification,
					items) -> items.forEach((item) -> all
						.add(new Entry("cost: " + certification + " / " + item.label(), String.valueOf(item.amount()),
								item.source(), item.asOf(), item.estimate(), freshness.isStale(item.asOf())))));
		return new FreshnessReport(all.stream().filter((entry) -> entry.estimate() || entry.stale()).toList());
	}

	public List<Entry> entries() {
		return this.entries;
	}

	/** The report as plain text, one statement a line, stale ones first. */
	public String render() {
		return "Stale (older than the freshness limit):\n" + lines(true) + "\n\nEstimates (not confirmed officially):\n"
				+ lines(false) + "\n";
	}

	private String lines(boolean stale) {
		return this.entries.stream()
			.filter((entry) -> stale ? entry.stale() : entry.estimate())
			.map((entry) -> "  - [" + entry.asOf() + ", " + entry.source() + "] " + entry.where() + ": " + entry.text())
			.collect(Collectors.joining("\n"));
	}

}
