package com.certadvisor.api;

import java.time.LocalDate;
import java.util.List;

import com.certadvisor.recommendation.Provenance;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A two-credential path as the JSON API returns it, with its dates and cost.
 *
 * @param id its id
 * @param title the path in one line
 * @param detail why it fits
 * @param steps credentials and waits, in order
 * @param months months from the start month until the last credential is held
 * @param cost the first two years of each credential, added, in US dollars
 * @param costIsMinimum {@code true} when some cost has no known price
 * @param provenance its source, date, kind and certainty
 */
record ApiPathway(String id, String title, String detail, List<Step> steps, long months, int cost,
		boolean costIsMinimum, @JsonUnwrapped Provenance provenance) {

	/**
	 * One step.
	 *
	 * @param label the step in a few words
	 * @param certification the certification earned, or {@code null} for a wait
	 * @param from when it starts
	 * @param to when it ends: the credential is held, or the wait is over
	 */
	record Step(String label, String certification, LocalDate from, LocalDate to) {

	}

}
