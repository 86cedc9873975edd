package com.certadvisor.catalog;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;

/**
 * The facts of a catalog due for review: those past the shelf life of their kind, or
 * reaching it soon, soonest first, so whoever maintains the catalog knows what to check
 * against its source next.
 */
final class FactReview {

	/**
	 * One fact and when it is due.
	 *
	 * @param due the last day it counts as current
	 * @param fact the fact and its place in the catalog
	 * @param kind its kind
	 * @param source its source
	 */
	record Entry(LocalDate due, CatalogFact fact, Kind kind, Source source) {

		/** Whether it is past its shelf life on {@code today}. */
		boolean overdue(LocalDate today) {
			return this.due.isBefore(today);
		}

	}

	private final Catalog catalog;

	private final LocalDate today;

	private final LocalDate horizon;

	private final List<Entry> entries;

	private final int facts;

	/**
	 * The facts of {@code catalog} due by {@code today} plus {@code within}, soonest
	 * first.
	 */
	FactReview(Catalog catalog, LocalDate today, Period within) {
		this.catalog = catalog;
		this.today = today;
		this.horizon = today.plus(within);
		List<CatalogFact> facts = catalog.facts();
		this.facts = facts.size();
		this.entries = facts.stream().map((fact) -> {
			Kind kind = catalog.kind(fact.fact().kind());
			return new Entry(kind.reviewDue(fact.fact().asOf()), fact, kind, catalog.source(fact.fact().source()));
		})
			.filter((entry) -> !entry.due().isAfter(this.horizon))
			.sorted(Comparator.comparing(Entry::due).thenComparing((entry) -> entry.fact().path()))
			.toList();
	}

	List<Entry> entries() {
		return this.entries;
	}

	/** The review as plain text: a heading, then three lines per fact. */
	String render() {
		long overdue = this.entries.stream().filter((entry) -> entry.overdue(this.today)).count();
		StringBuilder text = new StringBuilder();
		text.append("Catalog edition ")
			.append(this.catalog.version())
			.append(": ")
			.append(this.entries.size())
			.append(" of ")
			.append(this.facts)
			.append(" facts due for review by ")
			.append(this.horizon)
			.append(" (")
			.append(overdue)
			.append(" past their shelf life on ")
			.append(this.today)
			.append("), soonest first.\n");
		for (Entry entry : this.entries) {
			Sourced fact = entry.fact().fact();
			text.append('\n')
				.append(entry.overdue(this.today) ? "overdue since " : "due on ")
				.append(entry.due())
				.append("  ")
				.append(fact.kind())
				.append(" (shelf life ")
				.append(entry.kind().months())
				.append(" months)  ")
				.append(entry.fact().path())
				.append('\n')
				.append("    as of ")
				.append(fact.asOf())
				.append(", ")
				.append(fact.source())
				.append(' ')
				.append(entry.source().tier().value())
				.append(": ")
				.append(entry.source().url())
				.append('\n')
				.append("    ")
				.append(entry.fact().text())
				.append('\n');
		}
		return text.toString();
	}

}
