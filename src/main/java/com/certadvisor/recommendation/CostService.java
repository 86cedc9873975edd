package com.certadvisor.recommendation;

import java.util.ArrayList;
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
 * Each certification's two-year cost, from the catalog. Prices follow the person's
 * {@code membership} answer; without one, the non-member prices apply.
 */
@Service
public class CostService {

	private static final String NOT_A_MEMBER = "none";

	private final CatalogSource catalogs;

	private final Freshness freshness;

	public CostService(CatalogSource catalogs, Freshness freshness) {
		this.catalogs = catalogs;
		this.freshness = freshness;
	}

	/** The costs of CPC and CCS, in that order. */
	public List<Costs> costs(Answers answers) {
		String membership = answers.get(QuestionnaireContract.MEMBERSHIP).orElse(NOT_A_MEMBER);
		return QuestionnaireContract.CERTIFICATIONS.stream().map((id) -> costs(id, membership)).toList();
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
		return new Costs(catalog.certification(certificationId), costs, ifNeeded, total, unknown,
				Caveats.of(catalog, applicable.stream().map(CostLine::provenance).toList()));
	}

}
