package com.certadvisor.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.certadvisor.recommendation.Provenance;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * One credential's plan as the JSON API returns it, from the same model as the result
 * page ({@link com.certadvisor.plan.CredentialPlan}), texts in the request's language.
 *
 * @param certification the certification id
 * @param nextSteps what to do, in order
 * @param milestones the dated plan, in the catalog's order
 * @param twoYearTotal what the first two years cost, in US dollars
 * @param totalIsMinimum {@code true} when some cost has no known price, so the real total
 * is higher
 * @param costs the whole outlay by way to prepare, the one that fits the answers first;
 * {@code twoYearTotal} is the first one's total
 * @param monthsToHold months from the start month to the exam
 * @param monthsToUnrestricted months from the start month to holding it without
 * restriction
 * @param programmes the school's programmes for it a student can still join, when a
 * school file names them; left out otherwise
 */
record ApiPlan(String certification, List<Step> nextSteps, List<Milestone> milestones, int twoYearTotal,
		boolean totalIsMinimum, List<ApiCosts> costs, long monthsToHold, long monthsToUnrestricted,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Programme> programmes) {

	/**
	 * A school's programme, the school's own offer.
	 *
	 * @param name its name
	 * @param format {@code ONLINE}, {@code IN_PERSON} or {@code HYBRID}
	 * @param months how long it takes
	 * @param price the school's price in US dollars
	 * @param includes what the price includes, in the request's language
	 * @param nextStart the first day it starts from today, or {@code null} for a rolling
	 * start
	 * @param link its page on the school's site
	 */
	record Programme(String name, String format, int months, int price, List<String> includes,
			@Nullable LocalDate nextStart, URI link) {

	}

	/**
	 * A next step.
	 *
	 * @param id its stable id, such as {@code nextSteps.CPC[0]}
	 * @param label the step in a few words
	 * @param detail the step in a sentence or two
	 * @param link the official page that says how
	 * @param provenance its source, date, kind and certainty
	 */
	record Step(String id, String label, String detail, URI link, @JsonUnwrapped Provenance provenance) {

	}

	/**
	 * A milestone, dated by the rule the answers matched.
	 *
	 * @param id the id of that rule, such as {@code milestones.CPC.exam[0]}
	 * @param milestone the milestone's own id, such as {@code exam}
	 * @param label the milestone in a few words
	 * @param detail the rule in a sentence
	 * @param from where a span such as studying starts, or {@code null}
	 * @param date its date, or {@code null} when no source gives a wait
	 * @param provenance the rule's source, date, kind and certainty
	 */
	record Milestone(String id, String milestone, String label, String detail, @Nullable LocalDate from,
			@Nullable LocalDate date, @JsonUnwrapped Provenance provenance) {

	}

}
