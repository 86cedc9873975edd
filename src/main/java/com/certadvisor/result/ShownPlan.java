package com.certadvisor.result;

import com.certadvisor.plan.Plans;
import com.certadvisor.recommendation.Recommendation;
import com.certadvisor.recommendation.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * Which credential's plan a result shows in full, and why: a page shows one plan and
 * links to the other, so that it stays short on a phone and on paper.
 *
 * @param certification the certification id
 * @param reason why this one
 */
public record ShownPlan(String certification, Reason reason) {

	public ShownPlan {
		if (certification == null || reason == null) {
			throw new IllegalArgumentException("a shown plan needs its certification and reason");
		}
	}

	/**
	 * The plan the {@code plan} parameter names, else the recommended one; when the
	 * result is too close to call, the one the answers lean towards, else the quicker to
	 * hold.
	 */
	static ShownPlan of(@Nullable String chosen, Recommendation recommendation, Plans plans) {
		if (chosen != null) {
			return new ShownPlan(chosen, Reason.CHOSEN);
		}
		String recommended = recommendation.verdict().certificationId();
		if (recommended != null) {
			return new ShownPlan(recommended, Reason.RECOMMENDED);
		}
		if (recommendation.cpcScore() != recommendation.ccsScore()) {
			Verdict leaning = (recommendation.cpcScore() > recommendation.ccsScore()) ? Verdict.CPC : Verdict.CCS;
			return new ShownPlan(leaning.name(), Reason.LEANS);
		}
		String cpc = Verdict.CPC.name();
		String ccs = Verdict.CCS.name();
		boolean ccsQuicker = plans.of(ccs).schedule().monthsToHold() < plans.of(cpc).schedule().monthsToHold();
		return new ShownPlan(ccsQuicker ? ccs : cpc, Reason.QUICKER);
	}

	/** Why a plan is shown. */
	public enum Reason {

		/** The {@code plan} parameter names it. */
		CHOSEN,
		/** It is the recommended credential's. */
		RECOMMENDED,
		/** Too close to call, but the answers lean slightly towards it. */
		LEANS,
		/**
		 * Too close to call, and level: with the background each plan builds in, it is
		 * held first.
		 */
		QUICKER

	}

}
