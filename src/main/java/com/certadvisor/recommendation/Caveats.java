package com.certadvisor.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.Kind;

/**
 * What one section's summary line says about the facts in it: how many are past their
 * shelf life, by kind, and how many prices only a third-party site gives, with the
 * official sites to check them on.
 *
 * @param stale the facts past their shelf life, one entry per kind
 * @param staleSites the official sites to check those on
 * @param thirdPartyPrices how many prices rest only on a third-party site
 * @param priceSites the official sites to check those prices on
 */
public record Caveats(List<StaleKind> stale, List<String> staleSites, int thirdPartyPrices, List<String> priceSites) {

	private static final Caveats NONE = new Caveats(List.of(), List.of(), 0, List.of());

	/**
	 * Facts of one kind past its shelf life.
	 *
	 * @param kind the kind
	 * @param count how many
	 */
	public record StaleKind(Kind kind, int count) {

	}

	public Caveats {
		stale = List.copyOf(stale);
		staleSites = List.copyOf(staleSites);
		priceSites = List.copyOf(priceSites);
	}

	/** The caveats of a section showing {@code facts}, of {@code catalog}. */
	public static Caveats of(Catalog catalog, List<Provenance> facts) {
		Map<String, Integer> staleByKind = new LinkedHashMap<>();
		Set<String> staleSites = new LinkedHashSet<>();
		Set<String> priceSites = new LinkedHashSet<>();
		int thirdPartyPrices = 0;
		for (Provenance fact : facts) {
			if (fact.stale()) {
				staleByKind.merge(fact.kind(), 1, Integer::sum);
				staleSites.add(fact.checkSite());
			}
			if (fact.thirdPartyPrice()) {
				thirdPartyPrices++;
				priceSites.add(fact.checkSite());
			}
		}
		if (staleByKind.isEmpty() && thirdPartyPrices == 0) {
			return NONE;
		}
		List<StaleKind> stale = new ArrayList<>();
		staleByKind.forEach((kind, count) -> stale.add(new StaleKind(catalog.kind(kind), count)));
		return new Caveats(stale, sites(staleSites), thirdPartyPrices, sites(priceSites));
	}

	private static List<String> sites(Set<String> sites) {
		return sites.stream().filter(Objects::nonNull).toList();
	}

	/** How many facts are past their shelf life, of every kind. */
	public int staleCount() {
		return this.stale.stream().mapToInt(StaleKind::count).sum();
	}

	public boolean isEmpty() {
		return this.stale.isEmpty() && this.thirdPartyPrices == 0;
	}

}
