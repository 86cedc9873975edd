package com.certadvisor.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.certadvisor.catalog.AsOf;
import com.certadvisor.catalog.Source;
import com.certadvisor.recommendation.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * One source of a plan, named once, with every step, milestone and cost that rests on it:
 * a plan cites a few pages many times.
 *
 * @param provenance the source, its date and how sure it is
 * @param items what rests on it, in the plan's order
 */
public record PlanSource(Provenance provenance, List<Item> items) {

	public PlanSource {
		if (provenance == null || items.isEmpty()) {
			throw new IllegalArgumentException("a plan's source needs its provenance and at least one item");
		}
		items = List.copyOf(items);
	}

	/**
	 * Groups a plan's items by what their provenance shows, in order of first use: two
	 * rules of different kinds from one page and date read the same.
	 */
	static List<PlanSource> of(CredentialPlan plan) {
		Map<Shown, Provenance> provenances = new LinkedHashMap<>();
		Map<Shown, List<Item>> items = new LinkedHashMap<>();
		CredentialPlan.sourced(plan.nextSteps(), plan.schedule(), plan.costs())
			.forEach((sourced) -> add(provenances, items, sourced.provenance(), sourced.item()));
		return provenances.entrySet()
			.stream()
			.map((e) -> new PlanSource(e.getValue(), Objects.requireNonNull(items.get(e.getKey()))))
			.toList();
	}

	/** A step and a milestone can share a label and a source; the label is named once. */
	private static void add(Map<Shown, Provenance> provenances, Map<Shown, List<Item>> items, Provenance provenance,
			Item item) {
		Shown shown = Shown.of(provenance);
		provenances.putIfAbsent(shown, provenance);
		List<Item> named = items.computeIfAbsent(shown, (s) -> new ArrayList<>());
		if (named.stream().noneMatch((other) -> other.label().equals(item.label()))) {
			named.add(item);
		}
	}

	/**
	 * What rests on a source.
	 *
	 * @param id its fact id, for report links
	 * @param label its label in the catalog's language, to be translated
	 */
	public record Item(String id, String label) {

	}

	/** One step, milestone or cost of a plan, and where it comes from. */
	record Sourced(Item item, Provenance provenance) {

		static Sourced of(String id, String label, Provenance provenance) {
			return new Sourced(new Item(id, label), provenance);
		}

	}

	/** What a page writes of a provenance. */
	private record Shown(Source source, AsOf asOf, boolean unconfirmed, boolean stale, @Nullable Source checkAt,
			boolean thirdPartyPrice) {

		static Shown of(Provenance p) {
			return new Shown(p.source(), p.asOf(), p.estimate() && p.source().official(), p.stale(), p.checkAt(),
					p.thirdPartyPrice());
		}

	}

}
