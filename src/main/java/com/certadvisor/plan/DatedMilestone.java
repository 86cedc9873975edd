package com.certadvisor.plan;

import java.time.LocalDate;

import com.certadvisor.catalog.Milestone;
import com.certadvisor.catalog.MilestoneRule;
import com.certadvisor.recommendation.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * A milestone of one person's plan, with its date worked out.
 *
 * @param id its id for report links and the API, naming the catalog rule that applied
 * @param milestone the milestone
 * @param rule the rule the answers matched
 * @param from where a span starts, or {@code null} for a point in time
 * @param date its date, or {@code null} when no source gives a wait
 * @param provenance where the rule comes from and how sure it is
 */
public record DatedMilestone(String id, Milestone milestone, MilestoneRule rule, @Nullable LocalDate from,
		@Nullable LocalDate date, Provenance provenance) {

	public DatedMilestone {
		if (milestone == null || rule == null || provenance == null) {
			throw new IllegalArgumentException("a dated milestone needs its milestone, rule and provenance");
		}
	}

	public boolean dated() {
		return this.date != null;
	}

	/** What it is for these answers: the rule's label where it has one. */
	public String label() {
		return (this.rule.label() != null) ? this.rule.label() : this.milestone.label();
	}

}
