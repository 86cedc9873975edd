package com.certadvisor.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.catalog.NextStep;
import com.certadvisor.catalog.Pathway;
import com.certadvisor.catalog.PlanningFacts;
import com.certadvisor.catalog.QuestionnaireContract;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.CostService;
import com.certadvisor.recommendation.Costs;
import com.certadvisor.recommendation.Provenance;

import org.springframework.stereotype.Service;

/**
 * Plans both credentials from the answers and a start month: next steps, dated
 * milestones, two-year costs and, where the answers call for it, a two-credential path.
 */
@Service
public class PlanningService {

	private final CatalogSource catalogs;

	private final Freshness freshness;

	private final ScheduleService schedules;

	private final CostService costs;

	public PlanningService(CatalogSource catalogs, Freshness freshness, ScheduleService schedules, CostService costs) {
		this.catalogs = catalogs;
		this.freshness = freshness;
		this.schedules = schedules;
		this.costs = costs;
	}

	public Plans plans(Answers answers, YearMonth start) {
		Catalog catalog = this.catalogs.current();
		List<Costs> costs = this.costs.costs(answers);
		List<CredentialPlan> plans = new ArrayList<>();
		for (int i = 0; i < QuestionnaireContract.CERTIFICATIONS.size(); i++) {
			String id = QuestionnaireContract.CERTIFICATIONS.get(i);
			plans.add(new CredentialPlan(catalog.certification(id), nextSteps(catalog, id),
					this.schedules.schedule(id, answers, start.atDay(1)), costs.get(i)));
		}
		ShownPathway pathway = catalog.planning()
			.pathway(answers.values())
			.map((path) -> pathway(catalog, path, answers, start.atDay(1), costs))
			.orElse(null);
		return new Plans(start, plans, pathway);
	}

	private List<ShownStep> nextSteps(Catalog catalog, String certification) {
		List<NextStep> steps = catalog.planning().nextSteps().get(certification);
		List<ShownStep> shown = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			NextStep step = steps.get(i);
			shown.add(new ShownStep(PlanningFacts.nextStepId(certification, i), step,
					catalog.source(step.officialSource()), Provenance.of(catalog, this.freshness, step)));
		}
		return shown;
	}

	/** Each credential's schedule starts when the step before it ends. */
	private ShownPathway pathway(Catalog catalog, Pathway pathway, Answers answers, LocalDate start,
			List<Costs> costs) {
		List<ShownPathway.Leg> legs = new ArrayList<>();
		LocalDate from = start;
		int cost = 0;
		boolean minimum = false;
		for (Pathway.Step step : pathway.steps()) {
			LocalDate to = (step.offset() != null) ? from.plus(step.offset()) : from;
			if (step.certification() != null) {
				to = this.schedules.schedule(step.certification(), answers, from).held();
				Costs credential = costs.get(QuestionnaireContract.CERTIFICATIONS.indexOf(step.certification()));
				cost += credential.total();
				minimum |= credential.totalIsMinimum();
			}
			legs.add(new ShownPathway.Leg(step, from, to));
			from = to;
		}
		return new ShownPathway(pathway, legs, start, cost, minimum, Provenance.of(catalog, this.freshness, pathway));
	}

}
