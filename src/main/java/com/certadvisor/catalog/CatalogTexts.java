package com.certadvisor.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists every text of a catalog that a person reads, by JSON path, so a translation can
 * be checked for covering them all. Names of credentials, bodies and sources stay as
 * published, so they are not listed.
 */
final class CatalogTexts {

	private final Map<String, String> texts = new LinkedHashMap<>();

	private CatalogTexts() {
	}

	static Map<String, String> of(Catalog catalog) {
		CatalogTexts texts = new CatalogTexts();
		texts.questions(catalog);
		catalog.rules()
			.weights()
			.forEach((question, byOption) -> byOption.forEach((value, weight) -> texts
				.add("$.rules.weights." + question + "." + value + ".reason", weight.reason())));
		for (int i = 0; i < catalog.certifications().size(); i++) {
			texts.add("$.certifications[" + i + "].summary", catalog.certifications().get(i).summary());
		}
		texts.comparison(catalog);
		for (int i = 0; i < catalog.related().size(); i++) {
			texts.add("$.related[" + i + "].summary", catalog.related().get(i).summary());
		}
		for (int i = 0; i < catalog.lanes().size(); i++) {
			Lane lane = catalog.lanes().get(i);
			texts.add("$.lanes[" + i + "].lane", lane.lane());
			texts.add("$.lanes[" + i + "].summary", lane.summary());
			texts.add("$.lanes[" + i + "].exam", lane.exam());
			texts.add("$.lanes[" + i + "].fee", lane.fee());
		}
		for (int i = 0; i < catalog.notes().size(); i++) {
			texts.add("$.notes[" + i + "].title", catalog.notes().get(i).title());
			texts.add("$.notes[" + i + "].text", catalog.notes().get(i).text());
		}
		catalog.costs().forEach((certification, items) -> {
			for (int i = 0; i < items.size(); i++) {
				texts.add("$.costs." + certification + "[" + i + "].label", items.get(i).label());
			}
		});
		for (int i = 0; i < catalog.costRoutes().size(); i++) {
			texts.add("$.costRoutes[" + i + "].label", catalog.costRoutes().get(i).label());
			texts.add("$.costRoutes[" + i + "].detail", catalog.costRoutes().get(i).detail());
		}
		for (int i = 0; i < catalog.funding().size(); i++) {
			texts.add("$.funding[" + i + "].title", catalog.funding().get(i).title());
			texts.add("$.funding[" + i + "].text", catalog.funding().get(i).text());
		}
		for (int i = 0; i < catalog.local().links().size(); i++) {
			texts.add("$.local.links[" + i + "].label", catalog.local().links().get(i).label());
		}
		for (int i = 0; i < catalog.programmes().size(); i++) {
			List<String> includes = catalog.programmes().get(i).includes();
			for (int j = 0; j < includes.size(); j++) {
				texts.add("$.programmes[" + i + "].includes[" + j + "]", includes.get(j));
			}
		}
		texts.planning(catalog.planning());
		texts.aboutTheFacts(catalog);
		return texts.texts;
	}

	private void questions(Catalog catalog) {
		for (int i = 0; i < catalog.questions().size(); i++) {
			Question question = catalog.questions().get(i);
			String path = "$.questions[" + i + "]";
			add(path + ".text", question.text());
			add(path + ".help", question.help());
			for (int j = 0; j < question.options().size(); j++) {
				Option option = question.options().get(j);
				add(path + ".options[" + j + "].label", option.label());
				add(path + ".options[" + j + "].hint", option.hint());
			}
		}
	}

	private void planning(Planning planning) {
		planning.nextSteps().forEach((certification, steps) -> {
			for (int i = 0; i < steps.size(); i++) {
				String path = "$.planning.nextSteps." + certification + "[" + i + "]";
				add(path + ".label", steps.get(i).label());
				add(path + ".detail", steps.get(i).detail());
			}
		});
		planning.milestones().forEach((certification, milestones) -> {
			for (int i = 0; i < milestones.size(); i++) {
				String path = "$.planning.milestones." + certification + "[" + i + "]";
				add(path + ".label", milestones.get(i).label());
				for (int j = 0; j < milestones.get(i).rules().size(); j++) {
					add(path + ".rules[" + j + "].detail", milestones.get(i).rules().get(j).detail());
					add(path + ".rules[" + j + "].label", milestones.get(i).rules().get(j).label());
				}
			}
		});
		for (int i = 0; i < planning.pathways().size(); i++) {
			Pathway pathway = planning.pathways().get(i);
			String path = "$.planning.pathways[" + i + "]";
			add(path + ".title", pathway.title());
			add(path + ".detail", pathway.detail());
			for (int j = 0; j < pathway.steps().size(); j++) {
				add(path + ".steps[" + j + "].label", pathway.steps().get(j).label());
			}
		}
	}

	private void comparison(Catalog catalog) {
		for (int i = 0; i < catalog.comparison().size(); i++) {
			ComparisonSection section = catalog.comparison().get(i);
			add("$.comparison[" + i + "].title", section.title());
			for (int j = 0; j < section.rows().size(); j++) {
				ComparisonRow row = section.rows().get(j);
				String path = "$.comparison[" + i + "].rows[" + j + "]";
				add(path + ".label", row.label());
				row.cells().forEach((certification, facts) -> {
					for (int k = 0; k < facts.size(); k++) {
						add(path + ".cells." + certification + "[" + k + "].text", facts.get(k).text());
					}
				});
			}
		}
	}

	/** The kinds of fact, the changes and the conflicts: what the sources page shows. */
	private void aboutTheFacts(Catalog catalog) {
		catalog.kinds().forEach((id, kind) -> {
			add("$.kinds." + id + ".name", kind.name());
			add("$.kinds." + id + ".description", kind.description());
		});
		for (int i = 0; i < catalog.changes().size(); i++) {
			add("$.changes[" + i + "].summary", catalog.changes().get(i).summary());
		}
		for (int i = 0; i < catalog.conflicts().size(); i++) {
			add("$.conflicts[" + i + "].title", catalog.conflicts().get(i).title());
			add("$.conflicts[" + i + "].text", catalog.conflicts().get(i).text());
		}
	}

	/**
	 * Adds {@code text} at {@code path}; an optional text that is absent adds nothing.
	 */
	private void add(String path, String text) {
		if (text != null) {
			this.texts.put(path, text);
		}
	}

}
