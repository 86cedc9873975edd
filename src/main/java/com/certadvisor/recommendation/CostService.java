package com.certadvisor.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.CostItem;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.catalog.QuestionnaireContract;
import com.certadvisor.questionnaire.Answers;

import org.springframework.stereotype.Service;

/**
 * Each certification's two-year cost, from the catalog. Prices follow the person's
 * {@code membership} answer; without one, the non-member prices apply.
 */
@Service
public class CostService {

	private static final String NOT_A_MEMBER = "none";

	private final CatalogSource catalogs;

	private final Freshness freshness;

	private final Clock clock;

	/**
	 * Costs depend only on the membership answer, the catalog and the day (which prices
	 * are stale), so they are kept until the catalog or the day changes; a membership
	 * answer has three values.
	 */
	private volatile Kept kept;

	public CostService(CatalogSource catalogs, Freshness freshness, Clock clock) {
		this.catalogs = catalogs;
		this.freshness = freshness;
		this.clock = clock;
	}

	/** The costs of CPC and CCS, in that order. */
	public List<Costs> costs(Answers answers) {
		String membership = answers.get(QuestionnaireContract.MEMBERSHIP).orElse(NOT_A_MEMBER);
		Catalog catalog = this.catalogs.current();
		LocalDate today = LocalDate.now(this.clock);
		Kept kept = this.kept;
		if (kept == null || kept.catalog() != catalog || !kept.day().equals(today)) {
			kept = new Kept(catalog, today, new ConcurrentHashMap<>());
			this.kept = kept;
		}
		return kept.costs()
			.computeIfAbsent(membership,
					(given) -> QuestionnaireContract.CERTIFICATIONS.stream().map((id) -> costs(id, given)).toList());
	}

	private Costs costs(String certificationId, String membership) {
		Catalog catalog = this.catalogs.current();
		List<CostItem> items = catalog.costs().get(certificationId);
		List<CostLine> applicable = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			CostItem item = items.get(i);
			if (item.audience() == null || item.audience().includes(membership)) {
				applicable.add(new CostLine("costs." + certificationId + "[" + i + "]", item,
						Provenance.of(catalog, this.freshness, item)));
			}
		}
		List<CostLine> costs = applicable.stream().filter((line) -> !line.item().optional()).toList();
		List<CostLine> ifNeeded = applicable.stream().filter((line) -> line.item().optional()).toList();
		int total = costs.stream()
			.map(CostLine::twoYearAmount)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.sum();
		boolean unknown = costs.stream().map(CostLine::item).map(CostItem::amount).anyMatch(Objects::isNull);
		return new Costs(catalog.certification(certificationId), costs, ifNeeded, total, unknown);
	}

	private record Kept(Catalog catalog, LocalDate day, Map<String, List<Costs>> costs) {

	}

}
