package com.certadvisor.catalog;

import java.util.Map;

import java.util.LinkedHashMap;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the catalog's planning part: every fact traceable, every next step linking to an
 * official page, milestones that come after one listed before them and have a rule for
 * any answers, and pathways naming real certifications.
 */
final class PlanningChecks {

	private static final String PATH = "$.planning.";

	private final Catalog catalog;

	private final CatalogValidator validator;

	private final ProvenanceChecks provenance;

	PlanningChecks(Catalog catalog, CatalogValidator validator, ProvenanceChecks provenance) {
		this.catalog = catalog;
		this.validator = validator;
		this.provenance = provenance;
	}

	void check() {
		Planning planning = this.catalog.planning();
		this.validator.checkCertificationKeys(PATH + "nextSteps", planning.nextSteps().keySet());
		planning.nextSteps().forEach((certification, steps) -> {
			for (int i = 0; i < steps.size(); i++) {
				String path = PATH + "nextSteps." + certification + "[" + i + "]";
				this.provenance.fact(path, steps.get(i));
				Source link = this.catalog.sources().get(steps.get(i).officialSource());
				if (link != null && !link.official()) {
					this.validator.problem(path + ".checkAt",
							"a next step links to an official page: name one in checkAt, since '"
									+ steps.get(i).source() + "' is a third-party source");
				}
			}
		});
		this.validator.checkCertificationKeys(PATH + "milestones", planning.milestones().keySet());
		planning.milestones().forEach(this::checkMilestones);
		for (int i = 0; i < planning.pathways().size(); i++) {
			Pathway pathway = planning.pathways().get(i);
			String path = PATH + "pathways[" + i + "]";
			this.provenance.fact(path, pathway);
			this.validator.checkPatterns(path + ".when", pathway.when());
			this.validator.checkPatterns(path + ".unless", pathway.unless());
			for (int j = 0; j < pathway.steps().size(); j++) {
				Map<String, List<String>> gives = new LinkedHashMap<>();
				pathway.steps().get(j).gives().forEach((question, value) -> gives.put(question, List.of(value)));
				this.validator.checkPatterns(path + ".steps[" + j + "].gives", List.of(gives));
				String certification = pathway.steps().get(j).certification();
				if (certification != null && !planning.milestones().containsKey(certification)) {
					this.validator.problem(path + ".steps[" + j + "].certification",
							"unknown certification id '" + certification + "'");
				}
			}
		}
	}

	private void checkMilestones(String certification, List<Milestone> milestones) {
		// In listing order, so a problem lists them as the file does.
		Set<String> earlier = new LinkedHashSet<>(List.of(Milestone.START));
		Set<String> undated = new HashSet<>();
		for (int i = 0; i < milestones.size(); i++) {
			Milestone milestone = milestones.get(i);
			String path = PATH + "milestones." + certification + "[" + i + "]";
			if (!earlier.contains(milestone.after())) {
				this.validator.problem(path + ".after", "'" + milestone.after()
						+ "' is not the start or a milestone listed before this one; expected one of " + earlier);
			}
			else if (undated.contains(milestone.after())) {
				this.validator.problem(path + ".after", "'" + milestone.after() + "' has no date to come after");
			}
			if (!earlier.add(milestone.id())) {
				this.validator.problem(path + ".id", "duplicate milestone '" + milestone.id() + "'");
			}
			List<MilestoneRule> rules = milestone.rules();
			for (int j = 0; j < rules.size(); j++) {
				String rulePath = path + ".rules[" + j + "]";
				this.provenance.fact(rulePath, rules.get(j));
				this.validator.checkPatterns(rulePath + ".when", rules.get(j).when());
				if (rules.get(j).skip() && Milestone.EXAM.equals(milestone.id())) {
					this.validator.problem(rulePath + ".skip",
							"the exam milestone marks when the credential is held and cannot be left out;"
									+ " give it a 'label' instead");
				}
				if (rules.get(j).offset() == null && !rules.get(j).skip()) {
					undated.add(milestone.id());
				}
			}
			if (!rules.get(rules.size() - 1).when().isEmpty()) {
				this.validator.problem(path + ".rules",
						"the last rule must have no 'when', so that every set of answers has a date");
			}
		}
		if (!earlier.contains(Milestone.EXAM)) {
			this.validator.problem(PATH + "milestones." + certification, "missing milestone 'exam'");
		}
	}

}
