package com.certadvisor.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what the catalog says beside the comparison: related credentials, lanes, notes
 * and funding routes. Each has an id unique in its part, sourced facts and answer
 * patterns that name real questions and options.
 */
final class AdviceChecks {

	private final Catalog catalog;

	private final CatalogValidator validator;

	private final ProvenanceChecks provenance;

	AdviceChecks(Catalog catalog, CatalogValidator validator, ProvenanceChecks provenance) {
		this.catalog = catalog;
		this.validator = validator;
		this.provenance = provenance;
	}

	void check() {
		check("related", this.catalog.related(), RelatedCredential::id, "duplicate related credential '%s'",
				List.of(Map.entry("relevantWhen", RelatedCredential::relevantWhen),
						Map.entry("unless", RelatedCredential::unless)));
		check("lanes", this.catalog.lanes(), Lane::id, "duplicate credential '%s'; a lane names one credential once",
				List.of(Map.entry("when", Lane::when), Map.entry("unless", Lane::unless)));
		check("notes", this.catalog.notes(), Note::id, "duplicate note '%s'", List.of(Map.entry("when", Note::when)));
		check("funding", this.catalog.funding(), Note::id, "duplicate funding route '%s'",
				List.of(Map.entry("when", Note::when)));
	}

	private <T extends Sourced> void check(String part, List<T> items, Function<T, String> id, String duplicate,
			List<Map.Entry<String, Function<T, List<Map<String, List<String>>>>>> patterns) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			T item = items.get(i);
			String path = "$." + part + "[" + i + "]";
			if (!ids.add(id.apply(item))) {
				this.validator.problem(path + ".id", duplicate.formatted(id.apply(item)));
			}
			this.provenance.fact(path, item);
			patterns.forEach(
					(field) -> this.validator.checkPatterns(path + "." + field.getKey(), field.getValue().apply(item)));
		}
	}

}
