package com.certadvisor.recommendation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A fact as the comparison shows it, with its source resolved.
 *
 * @param id the fact's stable id, such as {@code exam-fee.CPC[0]}
 * @param text the statement
 * @param provenance its source, date, kind and certainty
 * @param personalised {@code true} when it was picked for the person's membership answer
 */
public record ShownFact(String id, String text, @JsonUnwrapped Provenance provenance, boolean personalised) {

	/** Whether it says the same as {@code other}, from the same source and date. */
	boolean sameAs(ShownFact other) {
		return this.text.equals(other.text) && this.provenance.equals(other.provenance);
	}

}
