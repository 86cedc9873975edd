package com.certadvisor.api;

import java.util.List;
import java.util.Map;

import com.certadvisor.catalog.School;
import com.certadvisor.catalog.Source;
import com.certadvisor.recommendation.ComparisonGroup;
import com.certadvisor.recommendation.ComparisonLine;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The recommendation as the JSON API returns it.
 *
 * @param verdict {@code CPC}, {@code CCS} or {@code EITHER}
 * @param cpcScore total points for CPC
 * @param ccsScore total points for CCS
 * @param margin the difference between the scores
 * @param threshold the smallest margin that decides for one certification
 * @param answers the answers scored, by question id
 * @param funding who can pay for training and exams, each route sourced
 * @param passRate the first-time pass rate of each exam, where one is published, and who
 * publishes it
 * @param entryPay what a first job pays: the BLS 10th percentile beside the median
 * @param local for the {@code state} the request named, the official pages on pay, job
 * centers and training there; empty without one
 * @param deciding the answers that decided it, largest first
 * @param flips single changed answers that would change the verdict
 * @param start the month the plans start in, {@code YYYY-MM}
 * @param plans next steps, dated milestones and costs for CPC, then CCS
 * @param pathway the two-credential path the answers call for, or {@code null}
 * @param edition the catalog edition the facts and rules come from
 * @param changes what changed in the facts after the {@code edition} the request named,
 * or every recorded change when it named none
 * @param comparison the side-by-side comparison, member prices picked by
 * {@code membership}
 * @param school the school whose file lies over the catalog; left out without one
 */
record ApiRecommendation(String verdict, int cpcScore, int ccsScore, int margin, int threshold,
		Map<String, String> answers, @Nullable ApiBetterFit betterFit, List<ApiNote> notes, List<ApiNote> funding,
		@Nullable ComparisonLine passRate, @Nullable ComparisonLine entryPay, List<ApiLocalLink> local,
		List<Reason> deciding, List<Change> flips, String start, List<ApiPlan> plans, @Nullable ApiPathway pathway,
		String edition, List<ApiChange> changes, List<ComparisonGroup> comparison,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable School school) {

	/**
	 * One deciding answer.
	 *
	 * @param question the question id
	 * @param answer the option value given
	 * @param cpcPoints what it added to CPC
	 * @param ccsPoints what it added to CCS
	 * @param reason why, in the catalog's words
	 * @param source the page that says the reason, null for an answer that adds no points
	 */
	record Reason(String question, String answer, int cpcPoints, int ccsPoints, String reason,
			@Nullable Source source) {

	}

	/**
	 * One answer change that would change the verdict.
	 *
	 * @param question the question id
	 * @param answer the option value that changes it
	 * @param verdict the verdict it leads to
	 * @param link the API link with that answer changed
	 */
	record Change(String question, String answer, String verdict, String link) {

	}

}
