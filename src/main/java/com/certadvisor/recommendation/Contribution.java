package com.certadvisor.recommendation;

import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.Question;
import com.certadvisor.catalog.Source;
import org.jspecify.annotations.Nullable;

/**
 * What one answer added to each score.
 *
 * @param question the question answered
 * @param option the answer given
 * @param cpcPoints points it adds to CPC
 * @param ccsPoints points it adds to CCS
 * @param reason why, in the catalog's words
 * @param source the page that says the reason, or null for an answer that adds no points
 */
public record Contribution(Question question, Option option, int cpcPoints, int ccsPoints, String reason,
		@Nullable Source source) {

	/** How far this answer leans towards CPC (positive) or CCS (negative). */
	public int lean() {
		return this.cpcPoints - this.ccsPoints;
	}

	/** How strongly this answer leans, whichever way. */
	public int strength() {
		return Math.abs(lean());
	}

	/** The certification this answer leans towards, or EITHER when it does not lean. */
	public Verdict favours() {
		return (lean() > 0) ? Verdict.CPC : (lean() < 0) ? Verdict.CCS : Verdict.EITHER;
	}

}
