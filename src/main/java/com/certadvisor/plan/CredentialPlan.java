package com.certadvisor.plan;

import java.util.List;
import java.util.stream.Stream;

import com.certadvisor.catalog.Certification;
import com.certadvisor.catalog.Milestone;
import com.certadvisor.catalog.School;
import com.certadvisor.recommendation.Caveats;
import com.certadvisor.recommendation.Costs;
import com.certadvisor.recommendation.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * Everything about getting one credential: what to do, when, and what it costs.
 *
 * @param certification the certification
 * @param nextSteps what to do, in order
 * @param schedule the dated milestones
 * @param costs the two-year costs
 * @param caveats the plan's summary line: its steps, milestones and costs past their
 * shelf life, and its prices only a third-party site gives
 * @param school the school whose file lies over the catalog, or {@code null}
 * @param programmes the school's programmes for it that a student can still join, shown
 * first
 */
public record CredentialPlan(Certification certification, List<ShownStep> nextSteps, Schedule schedule, Costs costs,
		Caveats caveats, @Nullable School school, List<ShownProgramme> programmes) {

	public CredentialPlan {
		nextSteps = List.copyOf(nextSteps);
		programmes = List.copyOf(programmes);
	}

	/** Where each step, milestone and cost comes from, in the plan's order. */
	static List<Provenance> provenances(List<ShownStep> nextSteps, Schedule schedule, Costs costs) {
		return sourced(nextSteps, schedule, costs).stream().map(PlanSource.Sourced::provenance).toList();
	}

	/** Each step, milestone and cost with where it comes from, in the plan's order. */
	static List<PlanSource.Sourced> sourced(List<ShownStep> nextSteps, Schedule schedule, Costs costs) {
		return Stream
			.of(nextSteps.stream().map((s) -> PlanSource.Sourced.of(s.id(), s.step().label(), s.provenance())),
					schedule.milestones().stream().map((m) -> PlanSource.Sourced.of(m.id(), m.label(), m.provenance())),
					costs.lines().stream().map((c) -> PlanSource.Sourced.of(c.id(), c.item().label(), c.provenance())))
			.flatMap((sourced) -> sourced)
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
