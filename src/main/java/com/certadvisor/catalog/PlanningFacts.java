package com.certadvisor.catalog;

import java.util.List;

/**
 * The facts in the catalog's planning part, for {@link Catalog#facts()}, and their ids.
 */
public final class PlanningFacts {

	private PlanningFacts() {
	}

	static void add(Planning planning, List<CatalogFact> facts) {
		planning.nextSteps().forEach((certification, steps) -> {
			for (int i = 0; i < steps.size(); i++) {
				String at = certification + "[" + i + "]";
				facts.add(new CatalogFact(nextStepId(certification, i), "$.planning.nextSteps." + at,
						steps.get(i).detail(), steps.get(i)));
			}
		});
		planning.milestones().forEach((certification, milestones) -> {
			for (int i = 0; i < milestones.size(); i++) {
				List<MilestoneRule> rules = milestones.get(i).rules();
				for (int j = 0; j < rules.size(); j++) {
					facts.add(new CatalogFact(ruleId(certification, milestones.get(i), j),
							"$.planning.milestones." + certification + "[" + i + "].rules[" + j + "]",
							rules.get(j).detail(), rules.get(j)));
				}
			}
		});
		for (int i = 0; i < planning.pathways().size(); i++) {
			Pathway pathway = planning.pathways().get(i);
			facts.add(new CatalogFact("pathways." + pathway.id(), "$.planning.pathways[" + i + "]", pathway.detail(),
					pathway));
		}
	}

	/** The id of a next step, as report links and the API name it. */
	public static String nextStepId(String certification, int step) {
		return "nextSteps." + certification + "[" + step + "]";
	}

	/** The id of a milestone's rule, as report links and the API name it. */
	public static String ruleId(String certification, Milestone milestone, int rule) {
		return "milestones." + certification + "." + milestone.id() + "[" + rule + "]";
	}

}
