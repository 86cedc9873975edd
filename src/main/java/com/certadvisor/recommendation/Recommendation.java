package com.certadvisor.recommendation;

import java.util.List;

import com.certadvisor.questionnaire.Answers;

/**
 * The outcome for one set of answers.
 *
 * @param answers the answers scored
 * @param verdict CPC, CCS, or EITHER when the margin is below the threshold
 * @param cpcScore total points for CPC
 * @param ccsScore total points for CCS
 * @param margin the difference between the scores
 * @param threshold the smallest margin that decides for one certification
 * @param deciding the answers that decided it, largest first
 * @param flips single changed answers that would change the verdict
 */
public record Recommendation(Answers answers, Verdict verdict, int cpcScore, int ccsScore, int margin, int threshold,
		List<Contribution> deciding, List<Flip> flips) {

	public Recommendation {
		if (answers == null || verdict == null) {
			throw new IllegalArgumentException("a recommendation needs answers and a verdict");
		}
		deciding = List.copyOf(deciding);
		flips = List.copyOf(flips);
	}

}
