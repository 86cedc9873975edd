package com.certadvisor.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the catalog says about getting a credential once chosen.
 *
 * @param nextSteps per certification id, what to do, in order
 * @param milestones per certification id, the dated plan's milestones, each after one
 * listed before it
 * @param pathways two-credential paths and the answers that lead to them
 */
public record Planning(Map<String, List<NextStep>> nextSteps, Map<String, List<Milestone>> milestones,
		List<Pathway> pathways) {

	public Planning {
		nextSteps = Checks.map(nextSteps, "nextSteps");
		nextSteps.forEach((certification, steps) -> Checks.list(steps, "nextSteps." + certification));
		milestones = Checks.map(milestones, "milestones");
		milestones.forEach((certification, list) -> Checks.list(list, "milestones." + certification));
		pathways = (pathways != null) ? Checks.list(pathways, "pathways") : List.of();
	}

	/** The pathway {@code answers} (question id to value) lead to, if any. */
	public Optional<Pathway> pathway(Map<String, String> answers) {
		return this.pathways.stream().filter((pathway) -> pathway.fits(answers)).findFirst();
	}

}
