package com.certadvisor.plan;

import java.util.List;

import com.certadvisor.catalog.Certification;
import com.certadvisor.catalog.Milestone;
import com.certadvisor.recommendation.Costs;

/**
 * Everything about getting one credential: what to do, when, and what it costs.
 *
 * @param certification the certification
 * @param nextSteps what to do, in order
 * @param schedule the dated milestones
 * @param costs the two-year costs
 */
public record CredentialPlan(Certification certification, List<ShownStep> nextSteps, Schedule schedule, Costs costs) {

	public CredentialPlan {
		nextSteps = List.copyOf(nextSteps);
	}

	/** Its sources, each named once with what rests on it. */
	public List<PlanSource> sources() {
		return PlanSource.of(this);
	}

	/** The exam milestone, whose rule says what the exam is in one line. */
	public DatedMilestone exam() {
		return this.schedule.milestones()
			.stream()
			.filter((milestone) -> milestone.milestone().id().equals(Milestone.EXAM))
			.findFirst()
			.orElseThrow();
	}

}
