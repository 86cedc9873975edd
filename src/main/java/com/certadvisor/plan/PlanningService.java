package com.certadvisor.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.catalog.NextStep;
import com.certadvisor.catalog.Pathway;
import com.certadvisor.catalog.PlanningFacts;
import com.certadvisor.catalog.QuestionnaireContract;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.Caveats;
import com.certadvisor.recommendation.CostService;
import com.certadvisor.recommendation.Costs;
import com.certadvisor.recommendation.Provenance;
import org.jspecify.annotations.Nullable;

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

	private final SchoolOffers offers;

	private final Clock clock;

	/**
	 * Next steps depend only on the catalog and the day (which facts are stale), not on
	 * the answers, so the last ones made are kept.
	 */
	private volatile @Nullable KeptSteps kept;

	public PlanningService(CatalogSource catalogs, Freshness freshness, ScheduleService schedules, CostService costs,
			SchoolOffers offers, Clock clock) {
		this.catalogs = catalogs;
		this.freshness = freshness;
		this.schedules = schedules;
		this.costs = costs;
		this.offers = offers;
		this.clock = clock;
	}

	public Plans plans(Answers answers, YearMonth start) {
		Catalog catalog = this.catalogs.current();
		List<Costs> costs = this.costs.costs(answers);
		Map<String, List<ShownStep>> steps = nextSteps(catalog);
		List<CredentialPlan> plans = new ArrayList<>();
		for (int i = 0; i < QuestionnaireContract.CERTIFICATIONS.size(); i++) {
			String id = QuestionnaireContract.CERTIFICATIONS.get(i);
			Schedule schedule = this.schedules.schedule(id, answers, start.atDay(1));
			List<ShownStep> next = Objects.requireNonNull(steps.get(id), "next steps are made for every certification");
			Caveats caveats = Caveats.of(catalog, CredentialPlan.provenances(next, schedule, costs.get(i)));
			plans.add(new CredentialPlan(catalog.certification(id), next, schedule, costs.get(i), caveats,
					catalog.school(), this.offers.offered(catalog, id)));
		}
		ShownPathway pathway = catalog.planning()
			.pathway(answers.values())
			.map((path) -> pathway(catalog, path, answers, start.atDay(1), plans))
			.orElse(null);
		return new Plans(start, plans, pathway);
	}

	private Map<String, List<ShownStep>> nextSteps(Catalog catalog) {
		LocalDate today = LocalDate.now(this.clock);
		KeptSteps kept = this.kept;
		if (kept == null || kept.catalog() != catalog || !kept.day().equals(today)) {
			Map<String, List<ShownStep>> steps = new LinkedHashMap<>();
			catalog.planning().nextSteps().keySet().forEach((id) -> steps.put(id, nextSteps(catalog, id)));
			kept = new KeptSteps(catalog, today, Map.copyOf(steps));
			this.kept = kept;
		}
		return kept.steps();
	}

	private List<ShownStep> nextSteps(Catalog catalog, String certification) {
		List<NextStep> steps = Objects.requireNonNull(catalog.planning().nextSteps().get(certification),
				"the catalog's check gives every certification its next steps");
		List<ShownStep> shown = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			NextStep step = steps.get(i);
			shown.add(new ShownStep(PlanningFacts.nextStepId(certification, i), step,
					catalog.source(step.officialSource()), Provenance.of(catalog, this.freshness, step)));
		}
		return shown;
	}

	/**
	 * Each credential's schedule starts when the step before it ends, from the answers
	 * the steps before it leave the person with; one that starts at the start is the plan
	 * already made.
	 */
	private ShownPathway pathway(Catalog catalog, Pathway pathway, Answers answers, LocalDate start,
			List<CredentialPlan> plans) {
		List<ShownPathway.Leg> legs = new ArrayList<>();
		LocalDate from = start;
		Answers reached = answers;
		int cost = 0;
		boolean minimum = false;
		for (Pathway.Step step : pathway.steps()) {
			LocalDate to = (step.offset() != null) ? from.plus(step.offset()) : from;
			if (step.certification() != null) {
				CredentialPlan plan = plans.get(QuestionnaireContract.CERTIFICATIONS.indexOf(step.certification()));
				to = from.equals(start) ? plan.schedule().held()
						: this.schedules.schedule(step.certification(), reached, from).held();
				// A later step is paid for with the answers the steps before it
				// leave, so a course is not counted twice.
				Costs credential = from.equals(start) ? plan.costs() : this.costs.costs(reached)
					.get(QuestionnaireContract.CERTIFICATIONS.indexOf(step.certification()));
				cost += credential.total();
				minimum |= credential.totalIsMinimum();
			}
			legs.add(new ShownPathway.Leg(step, from, to));
			for (Map.Entry<String, String> given : step.gives().entrySet()) {
				reached = reached.with(given.getKey(), given.getValue());
			}
			from = to;
		}
		return new ShownPathway(pathway, legs, start, cost, minimum, Provenance.of(catalog, this.freshness, pathway));
	}

	private record KeptSteps(Catalog catalog, LocalDate day, Map<String, List<ShownStep>> steps) {

	}

}
