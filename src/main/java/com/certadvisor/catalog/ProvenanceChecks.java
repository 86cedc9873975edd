package com.certadvisor.catalog;

import java.util.List;

/**
 * Checks that every fact can be traced and dated: its source exists, its kind is one the
 * catalog defines, and a price resting on a third-party source names the official page to
 * check it against. Also checks the sources the changes and conflicts cite. Problems go
 * to the list {@link CatalogValidator} reports.
 */
final class ProvenanceChecks {

	private final Catalog catalog;

	private final List<String> problems;

	ProvenanceChecks(Catalog catalog, List<String> problems) {
		this.catalog = catalog;
		this.problems = problems;
	}

	/** The fact at {@code path}. */
	void fact(String path, Sourced fact) {
		source(path + ".source", fact.source());
		if (!this.catalog.kinds().containsKey(fact.kind())) {
			problem(path + ".kind",
					"unknown kind '" + fact.kind() + "'; the catalog's kinds are " + this.catalog.kinds().keySet());
		}
		Source source = this.catalog.sources().get(fact.source());
		if (fact.checkAt() != null) {
			Source official = this.catalog.sources().get(fact.checkAt());
			if (official == null) {
				problem(path + ".checkAt", "unknown source '" + fact.checkAt() + "'; add it to $.sources");
			}
			else if (!official.official()) {
				problem(path + ".checkAt", "'" + fact.checkAt()
						+ "' is a third-party source; checkAt names the official page to check a fact against");
			}
		}
		else if (Kind.PRICE.equals(fact.kind()) && source != null && !source.official()) {
			problem(path + ".checkAt", "a price resting on the third-party source '" + fact.source()
					+ "' needs checkAt: the official page to check it against before paying");
		}
	}

	void changes() {
		Edition edition = this.catalog.edition();
		for (int i = 0; i < this.catalog.changes().size(); i++) {
			Change change = this.catalog.changes().get(i);
			String path = "$.changes[" + i + "]";
			if (edition.isBefore(change.edition())) {
				problem(path + ".edition", "edition " + change.edition() + " is later than the catalog's version "
						+ this.catalog.version());
			}
			source(path + ".source", change.source());
		}
	}

	void conflicts() {
		for (int i = 0; i < this.catalog.conflicts().size(); i++) {
			List<String> sources = this.catalog.conflicts().get(i).sources();
			for (int j = 0; j < sources.size(); j++) {
				source("$.conflicts[" + i + "].sources[" + j + "]", sources.get(j));
			}
		}
	}

	/** The source id at {@code path} names one of the catalog's sources. */
	void source(String path, String id) {
		if (!this.catalog.sources().containsKey(id)) {
			problem(path, "unknown source '" + id + "'; add it to $.sources");
		}
	}

	private void problem(String path, String message) {
		this.problems.add(path + ": " + message);
	}

}
