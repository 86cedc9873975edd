package com.certadvisor.plan;

import java.util.List;
import java.util.stream.Stream;

import com.certadvisor.catalog.Certification;
import com.certadvisor.catalog.Milestone;
import com.certadvisor.recommendation.Caveats;
import com.certadvisor.recommendation.CostLine;
import com.certadvisor.recommendation.Costs;
import com.certadvisor.recommendation.Provenance;

/**
 * Everything about getting one credential: what to do, when, and what it costs.
 *
 * @param certification the certification
 * @param nextSteps what to do, in order
 * @param schedule the dated milestones
 * @param costs the two-year costs
 * @param caveats the plan's summary line: its steps, milestones and costs past their
 * shelf life, and its prices only a third-party site gives
 */
public record CredentialPlan(Certification certification, List<ShownStep> nextSteps, Schedule schedule, Costs costs,
		Caveats caveats) {

	public CredentialPlan {
		nextSteps = List.copyOf(nextSteps);
	}

	/** Where each step, milestone and cost comes from, in the plan's order. */
	static List<Provenance> provenances(List<ShownStep> nextSteps, Schedule schedule, Costs costs) {
		return Stream.of(nextSteps.stream().map(ShownStep::provenance),
				schedule.milestones().stream().map(DatedMilestone::provenance),
				costs.costs().stream().map(CostLine::provenance), costs.ifNeeded().stream().map(CostLine::provenance))
			.flatMap((provenances) -> provenances)
			.toList();
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
