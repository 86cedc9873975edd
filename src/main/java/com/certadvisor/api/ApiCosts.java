package com.certadvisor.api;

import java.util.List;

import com.certadvisor.catalog.CostItem;
import com.certadvisor.i18n.Translations;
import com.certadvisor.recommendation.CostLine;
import com.certadvisor.recommendation.Costs;
import com.certadvisor.recommendation.Provenance;
import com.certadvisor.recommendation.RouteCosts;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * One way to prepare for a credential and its whole two-year outlay, as the JSON API
 * returns it; the way that fits the answers comes first.
 *
 * @param route the route's id, such as {@code self-study}
 * @param label its name
 * @param detail what it means for the money
 * @param total the sum of the known amounts in US dollars, ranges at their low end
 * @param atLeast {@code true} when a part has no published price or is a range, so the
 * real total is higher than {@code total} may say
 * @param parts what everyone on this route pays
 * @param ifNeeded what only some pay, such as a retake; not in the total
 */
record ApiCosts(String route, String label, String detail, int total, boolean atLeast, List<Part> parts,
		List<Part> ifNeeded) {

	static List<ApiCosts> of(Costs costs, Translations translations) {
		return costs.routes().stream().map((route) -> of(route, translations)).toList();
	}

	private static ApiCosts of(RouteCosts route, Translations translations) {
		return new ApiCosts(route.route().id(), translations.t(route.route().label()),
				translations.t(route.route().detail()), route.total(), route.atLeast(),
				route.costs().stream().map((line) -> Part.of(line, translations)).toList(),
				route.ifNeeded().stream().map((line) -> Part.of(line, translations)).toList());
	}

	/**
	 * One part of the outlay.
	 *
	 * @param id its stable id, such as {@code costs.CPC[0]}
	 * @param label what is paid for
	 * @param amount the price, or {@code null} where none is published; a range's low end
	 * @param upTo a range's high end, or {@code null}
	 * @param per how often it falls due: {@code ONCE}, {@code YEAR} or {@code TWO_YEARS}
	 * @param twoYears what it comes to in two years, or {@code null} when unpublished
	 * @param provenance its source, tier, date, kind and certainty
	 */
	record Part(String id, String label, @Nullable Integer amount, @Nullable Integer upTo, CostItem.Per per,
			@Nullable Integer twoYears, @JsonUnwrapped Provenance provenance) {

		static Part of(CostLine line, Translations translations) {
			CostItem item = line.item();
			return new Part(line.id(), translations.t(item.label()), item.amount(), item.upTo(), item.per(),
					line.twoYearAmount(), line.provenance());
		}

	}

}
