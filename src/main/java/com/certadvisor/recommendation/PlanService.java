package com.certadvisor.recommendation;

import java.util.List;
import java.util.Objects;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.CostItem;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.catalog.QuestionnaireContract;
import com.certadvisor.questionnaire.Answers;

import org.springframework.stereotype.Service;

/**
 * Each certification's path and two-year cost, from the catalog. Prices follow the
 * person's {@code membership} answer; without one, the non-member prices apply.
 */
@Service
public class PlanService {

	private static final String NOT_A_MEMBER = "none";

	private final CatalogSource catalogs;

	private final Freshness freshness;

	public PlanService(CatalogSource catalogs, Freshness freshness) {
		this.catalogs = catalogs;
		this.freshness = freshness;
	}

	/** The plans for CPC and CCS, in that order. */
	public List<Plan> plans(Answers answers) {
		String membership = answers.get(QuestionnaireContract.MEMBERSHIP).orElse(NOT_A_MEMBER);
		return QuestionnaireContract.CERTIFICATIONS.stream().map((id) -> plan(id, membership)).toList();
	}

	private Plan plan(String certificationId, String membership) {
		Catalog catalog = this.catalogs.current();
		List<PlannedStep> steps = catalog.paths()
			.get(certificationId)
			.stream()
			.map((step) -> new PlannedStep(step, catalog.source(step.source()), this.freshness.isStale(step.asOf())))
			.toList();
		List<CostLine> applicable = catalog.costs()
			.get(certificationId)
			.stream()
			.filter((item) -> item.audience() == null || item.audience().includes(membership))
			.map((item) -> new CostLine(item, catalog.source(item.source()), this.freshness.isStale(item.asOf())))
			.toList();
		List<CostLine> costs = applicable.stream().filter((line) -> !line.item().optional()).toList();
		List<CostLine> ifNeeded = applicable.stream().filter((line) -> line.item().optional()).toList();
		int total = costs.stream()
			.map(CostLine::twoYearAmount)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.sum();
		boolean unknown = costs.stream().map(CostLine::item).map(CostItem::amount).anyMatch(Objects::isNull);
		return new Plan(catalog.certification(certificationId), steps, costs, ifNeeded, total, unknown);
	}

}
