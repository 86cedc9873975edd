package com.certadvisor.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the advisor knows: certifications, sourced facts, questions and rules.
 * Loaded and checked once by {@link CatalogLoader}; immutable afterwards.
 *
 * @param version names this edition of the catalog
 * @param certifications the two certifications compared
 * @param sources the publications facts cite, by id
 * @param questions the questionnaire, in order
 * @param rules the scoring rules
 * @param comparison the side-by-side comparison, in sections
 * @param related related credentials, each in one line
 * @param paths per certification id, the stages from today to holding and keeping it
 * @param costs per certification id, what getting and keeping it costs
 */
public record Catalog(String version, List<Certification> certifications, Map<String, Source> sources,
		List<Question> questions, Rules rules, List<ComparisonSection> comparison, List<RelatedCredential> related,
		Map<String, List<PathStep>> paths, Map<String, List<CostItem>> costs) {

	public Catalog {
		version = Checks.text(version, "version");
		certifications = Checks.list(certifications, "certifications");
		sources = Checks.map(sources, "sources");
		questions = Checks.list(questions, "questions");
		if (rules == null) {
			throw new IllegalArgumentException("'rules' is missing");
		}
		comparison = Checks.list(comparison, "comparison");
		related = Checks.list(related, "related");
		paths = Checks.map(paths, "paths");
		paths.forEach((certification, steps) -> Checks.list(steps, "paths." + certification));
		costs = Checks.map(costs, "costs");
		costs.forEach((certification, items) -> Checks.list(items, "costs." + certification));
	}

	public Optional<Question> question(String id) {
		return this.questions.stream().filter((question) -> question.id().equals(id)).findFirst();
	}

	public Certification certification(String id) {
		return this.certifications.stream()
			.filter((certification) -> certification.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No certification " + id));
	}

	public Source source(String id) {
		Source source = this.sources.get(id);
		if (source == null) {
			throw new IllegalStateException("No source " + id);
		}
		return source;
	}

}
