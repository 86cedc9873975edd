package com.certadvisor.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.certadvisor.catalog.AsOf;
import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogFact;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Source;
import com.certadvisor.catalog.Tier;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * What the sources page lists: every source of the catalog with its tier and the facts
 * that rest on it. Plain Java, no web types.
 */
@Service
public class SourcesService {

	private final CatalogSource catalogs;

	public SourcesService(CatalogSource catalogs) {
		this.catalogs = catalogs;
	}

	/** Every source with the facts resting on it, by tier, in the catalog's order. */
	public Map<Tier, List<SourceSummary>> byTier() {
		Catalog catalog = this.catalogs.current();
		Map<String, List<CatalogFact>> restingOn = catalog.facts()
			.stream()
			.collect(Collectors.groupingBy((fact) -> fact.fact().source()));
		Map<Tier, List<SourceSummary>> byTier = new EnumMap<>(Tier.class);
		for (Tier tier : Tier.values()) {
			byTier.put(tier, new ArrayList<>());
		}
		catalog.sources()
			.forEach((id, source) -> byTier.computeIfAbsent(source.tier(), (tier) -> new ArrayList<>())
				.add(new SourceSummary(id, source, restingOn.getOrDefault(id, List.of()))));
		return byTier;
	}

	/**
	 * One source and what rests on it.
	 *
	 * @param id its id in the catalog
	 * @param source the source
	 * @param facts the facts that cite it, in the catalog's order
	 */
	public record SourceSummary(String id, Source source, List<CatalogFact> facts) {

		public SourceSummary {
			facts = List.copyOf(facts);
		}

		/** The latest date a fact resting on it held, or {@code null} when none does. */
		public @Nullable AsOf latest() {
			return this.facts.stream()
				.map((fact) -> fact.fact().asOf())
				.max(Comparator.comparing(AsOf::end))
				.orElse(null);
		}

	}

}
