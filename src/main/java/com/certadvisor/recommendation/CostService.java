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
import com.certadvisor.catalog.CostRoute;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.catalog.QuestionnaireContract;
import com.certadvisor.questionnaire.Answers;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Each certification's whole two-year outlay, from the catalog, by way to prepare: the
 * route that fits the {@code education} answer first. Prices follow the
 * {@code membership} answer (without one, the non-member prices apply), and a cost the
 * catalog rules out for the answers, such as the exam for someone who holds the
 * credential, is left out.
 */
@Service
public class CostService {

	private static final String NOT_A_MEMBER = "none";

	/** The answers costs depend on. */
	private static final List<String> READS = List.of(QuestionnaireContract.MEMBERSHIP, "education", "held");

	private final CatalogSource catalogs;

	private final Freshness freshness;

	private final Clock clock;

	/**
	 * Costs depend only on three answers, the catalog and the day (which prices are
	 * stale), so they are kept by those answers until the catalog or the day changes.
	 */
	private volatile @Nullable Kept kept;

	public CostService(CatalogSource catalogs, Freshness freshness, Clock clock) {
		this.catalogs = catalogs;
		this.freshness = freshness;
		this.clock = clock;
	}

	/** The costs of CPC and CCS, in that order. */
	public List<Costs> costs(Answers answers) {
		Catalog catalog = this.catalogs.current();
		LocalDate today = LocalDate.now(this.clock);
		Kept kept = this.kept;
		if (kept == null || kept.catalog() != catalog || !kept.day().equals(today)) {
			kept = new Kept(catalog, today, new ConcurrentHashMap<>());
			this.kept = kept;
		}
		Map<String, String> read = answers.values();
		String key = String.join("|", READS.stream().map((id) -> Objects.toString(read.get(id), "")).toList());
		return kept.costs()
			.computeIfAbsent(key,
					(given) -> QuestionnaireContract.CERTIFICATIONS.stream()
						.map((id) -> costs(catalog, id, read))
						.toList());
	}

	private Costs costs(Catalog catalog, String certificationId, Map<String, String> answers) {
		String membership = answers.getOrDefault(QuestionnaireContract.MEMBERSHIP, NOT_A_MEMBER);
		CostRoute first = catalog.firstRoute(answers.get("education"));
		List<CostItem> items = Objects.requireNonNull(catalog.costs().get(certificationId),
				"the catalog's check gives every certification its costs");
		List<CostLine> paid = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			CostItem item = items.get(i);
			if ((item.audience() == null || item.audience().includes(membership)) && item.appliesTo(answers)) {
				paid.add(new CostLine("costs." + certificationId + "[" + i + "]", item,
						Provenance.of(catalog, this.freshness, item)));
			}
		}
		List<RouteCosts> routes = new ArrayList<>();
		for (CostRoute route : catalog.costRoutes()) {
			List<CostLine> onRoute = paid.stream().filter((line) -> line.item().paidOn(route.id())).toList();
			RouteCosts costs = new RouteCosts(route,
					onRoute.stream().filter((line) -> !line.item().optional()).toList(),
					onRoute.stream().filter((line) -> line.item().optional()).toList());
			routes.add((route == first) ? 0 : routes.size(), costs);
		}
		return new Costs(catalog.certification(certificationId), routes);
	}

	private record Kept(Catalog catalog, LocalDate day, Map<String, List<Costs>> costs) {

	}

}
