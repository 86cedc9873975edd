package com.certadvisor.plan;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.catalog.Milestone;
import com.certadvisor.catalog.MilestoneRule;
import com.certadvisor.catalog.PlanningFacts;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.Provenance;

import org.springframework.stereotype.Service;

/**
 * Dates a credential's milestones from a start day and the answers, by the catalog's
 * rules: each milestone comes the first matching rule's wait after the one it follows;
 * one the answers have nothing to do at is left out.
 */
@Service
public class ScheduleService {

	private final CatalogSource catalogs;

	private final Freshness freshness;

	public ScheduleService(CatalogSource catalogs, Freshness freshness) {
		this.catalogs = catalogs;
		this.freshness = freshness;
	}

	public Schedule schedule(String certification, Answers answers, LocalDate start) {
		Catalog catalog = this.catalogs.current();
		Map<String, LocalDate> dates = new HashMap<>();
		dates.put(Milestone.START, start);
		// In date order; an undated milestone stands where the one it follows does.
		Map<DatedMilestone, LocalDate> order = new HashMap<>();
		List<DatedMilestone> dated = new ArrayList<>();
		for (Milestone milestone : Objects.requireNonNull(catalog.planning().milestones().get(certification),
				"the catalog's check gives every certification its milestones")) {
			MilestoneRule rule = milestone.rule(answers.values());
			LocalDate after = dates.get(milestone.after());
			if (rule.skip()) {
				dates.put(milestone.id(), after);
				continue;
			}
			Period offset = rule.offset();
			// The catalog's check dates every milestone a dated one follows.
			LocalDate date = (offset != null) ? Objects.requireNonNull(after).plus(offset) : null;
			dates.put(milestone.id(), date);
			String id = PlanningFacts.ruleId(certification, milestone, milestone.rules().indexOf(rule));
			DatedMilestone shown = new DatedMilestone(id, milestone, rule, milestone.span() ? after : null, date,
					Provenance.of(catalog, this.freshness, rule));
			dated.add(shown);
			order.put(shown, (date != null) ? date : after);
		}
		dated.sort(Comparator.comparing(order::get));
		return new Schedule(certification, start, dated);
	}

}
