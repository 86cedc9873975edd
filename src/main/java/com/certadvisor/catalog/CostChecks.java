package com.certadvisor.catalog;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks the costs, the ways to prepare and the local links: every cost is a sourced fact
 * whose route is one the catalog defines, every {@code education} answer leads to exactly
 * one route shown first, and every local link is sourced.
 */
final class CostChecks {

	private static final String EDUCATION = "education";

	private final Catalog catalog;

	private final CatalogValidator validator;

	private final ProvenanceChecks provenance;

	CostChecks(Catalog catalog, CatalogValidator validator, ProvenanceChecks provenance) {
		this.catalog = catalog;
		this.validator = validator;
		this.provenance = provenance;
	}

	void check() {
		checkLocalLinks();
		Set<String> routes = checkRoutes();
		this.validator.checkCertificationKeys("$.costs", this.catalog.costs().keySet());
		this.catalog.costs().forEach((certification, items) -> {
			for (int i = 0; i < items.size(); i++) {
				String path = "$.costs." + certification + "[" + i + "]";
				CostItem item = items.get(i);
				this.provenance.fact(path, item);
				this.validator.checkAudience(path, item.audience());
				this.validator.checkPatterns(path + ".when", item.when());
				this.validator.checkPatterns(path + ".unless", item.unless());
				item.routes()
					.stream()
					.filter((route) -> !routes.contains(route))
					.forEach((route) -> this.validator.problem(path + ".routes",
							"unknown route '" + route + "'; the catalog's routes are " + routes));
			}
		});
	}

	/** Local links are sourced like costs, and name states only when there are some. */
	private void checkLocalLinks() {
		Set<String> ids = new HashSet<>();
		List<LocalLink> links = this.catalog.local().links();
		for (int i = 0; i < links.size(); i++) {
			String path = "$.local.links[" + i + "]";
			if (!ids.add(links.get(i).id())) {
				this.validator.problem(path + ".id", "duplicate local link '" + links.get(i).id() + "'");
			}
			this.provenance.fact(path, links.get(i));
		}
		if (!links.isEmpty() && this.catalog.local().states().isEmpty()) {
			this.validator.problem("$.local.states", "local links need the states they can be opened for");
		}
	}

	private Set<String> checkRoutes() {
		Set<String> ids = new LinkedHashSet<>();
		Set<String> shownFirst = new HashSet<>();
		int fallbacks = 0;
		List<String> education = Objects.requireNonNull(QuestionnaireContract.QUESTIONS.get(EDUCATION));
		for (int i = 0; i < this.catalog.costRoutes().size(); i++) {
			CostRoute route = this.catalog.costRoutes().get(i);
			String path = "$.costRoutes[" + i + "]";
			if (!ids.add(route.id())) {
				this.validator.problem(path + ".id", "duplicate route '" + route.id() + "'");
			}
			for (String value : route.firstFor()) {
				if (!education.contains(value)) {
					this.validator.problem(path + ".firstFor",
							"unknown option '" + value + "' for question '" + EDUCATION + "'");
				}
				else if (!shownFirst.add(value)) {
					this.validator.problem(path + ".firstFor",
							"'" + value + "' already has a route shown first; each answer has one");
				}
			}
			fallbacks += route.fallback() ? 1 : 0;
		}
		if (fallbacks != 1) {
			this.validator.problem("$.costRoutes",
					"exactly one route needs \"fallback\": true, shown first when education is not answered; found "
							+ fallbacks);
		}
		return ids;
	}

}
