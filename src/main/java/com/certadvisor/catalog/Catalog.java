package com.certadvisor.catalog;

import java.util.LinkedHashMap;
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
 * @param translations per language code other than English, each English text of the
 * catalog with its translation
 */
public record Catalog(String version, List<Certification> certifications, Map<String, Source> sources,
		List<Question> questions, Rules rules, List<ComparisonSection> comparison, List<RelatedCredential> related,
		Map<String, List<PathStep>> paths, Map<String, List<CostItem>> costs,
		Map<String, Map<String, String>> translations) {

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
		translations = (translations != null) ? Map.copyOf(translations) : Map.of();
	}

	/**
	 * {@code text}, one of this catalog's English texts, in {@code language}; itself if
	 * none.
	 */
	public String translate(String text, String language) {
		Map<String, String> texts = this.translations.get(language);
		return (texts != null && text != null) ? texts.getOrDefault(text, text) : text;
	}

	/**
	 * Every text a person reads, by JSON path: what a translation must cover. Names of
	 * credentials, bodies and sources stay as published.
	 */
	public Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		for (int i = 0; i < this.questions.size(); i++) {
			Question question = this.questions.get(i);
			String path = "$.questions[" + i + "]";
			texts.put(path + ".text", question.text());
			optional(texts, path + ".help", question.help());
			for (int j = 0; j < question.options().size(); j++) {
				Option option = question.options().get(j);
				texts.put(path + ".options[" + j + "].label", option.label());
				optional(texts, path + ".options[" + j + "].hint", option.hint());
			}
		}
		this.rules.weights()
			.forEach((question, byOption) -> byOption.forEach((value, weight) -> texts
				.put("$.rules.weights." + question + "." + value + ".reason", weight.reason())));
		for (int i = 0; i < this.certifications.size(); i++) {
			texts.put("$.certifications[" + i + "].summary", this.certifications.get(i).summary());
		}
		for (int i = 0; i < this.comparison.size(); i++) {
			ComparisonSection section = this.comparison.get(i);
			texts.put("$.comparison[" + i + "].title", section.title());
			for (int j = 0; j < section.rows().size(); j++) {
				ComparisonRow row = section.rows().get(j);
				String path = "$.comparison[" + i + "].rows[" + j + "]";
				texts.put(path + ".label", row.label());
				row.cells().forEach((certification, facts) -> {
					for (int k = 0; k < facts.size(); k++) {
						texts.put(path + ".cells." + certification + "[" + k + "].text", facts.get(k).text());
					}
				});
			}
		}
		for (int i = 0; i < this.related.size(); i++) {
			texts.put("$.related[" + i + "].summary", this.related.get(i).summary());
		}
		this.paths.forEach((certification, steps) -> {
			for (int i = 0; i < steps.size(); i++) {
				String path = "$.paths." + certification + "[" + i + "]";
				texts.put(path + ".label", steps.get(i).label());
				texts.put(path + ".brief", steps.get(i).brief());
				texts.put(path + ".detail", steps.get(i).detail());
			}
		});
		this.costs.forEach((certification, items) -> {
			for (int i = 0; i < items.size(); i++) {
				texts.put("$.costs." + certification + "[" + i + "].label", items.get(i).label());
			}
		});
		return texts;
	}

	private static void optional(Map<String, String> texts, String path, String text) {
		if (text != null) {
			texts.put(path, text);
		}
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
