package com.certadvisor.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The question ids, option values and certification ids that counselors' links rely on. A
 * catalog may reword everything, but it may not change these; it may only add to them.
 */
public final class QuestionnaireContract {

	/** The certification ids, in the order of the comparison's columns. */
	public static final List<String> CERTIFICATIONS = List.of("CPC", "CCS");

	/** The question id whose answer personalises member prices. */
	public static final String MEMBERSHIP = "membership";

	/** What a person wants to do: a class summary names the most common one first. */
	public static final String GOAL = "goal";

	/** Question ids, in questionnaire order, with their option values. */
	static final Map<String, List<String>> QUESTIONS;

	static {
		Map<String, List<String>> questions = new LinkedHashMap<>();
		questions.put("setting", List.of("outpatient", "hospital-outpatient", "inpatient", "health-plan", "unsure"));
		questions.put("role",
				List.of("outpatient-coder", "pro-fee-coder", "billing-specialist", "coding-auditor",
						"risk-adjustment-coder", "inpatient-coder", "cdi-specialist", "coding-manager", "him-manager",
						"unsure"));
		questions.put("experience", List.of("none", "outpatient", "inpatient", "both"));
		questions.put("years", List.of("under-1", "1-2", "over-2"));
		questions.put("education", List.of("none", "coding-course", "him-degree", "clinical", "credential"));
		questions.put("held", List.of("cpc-a", "cpc", "cca", "ccs-p", "rhit-rhia", "other-aapc", "other"));
		questions.put("depth", List.of("eager", "open", "prefer-not"));
		questions.put("timeline", List.of("asap", "within-year", "no-rush"));
		questions.put(GOAL,
				List.of("specialize-outpatient", "specialize-inpatient", "audit-compliance", "lead-manage", "unsure"));
		questions.put("remote", List.of("from-the-start", "later", "no"));
		questions.put(MEMBERSHIP, List.of("aapc", "ahima", "none"));
		QUESTIONS = Collections.unmodifiableMap(questions);
	}

	private QuestionnaireContract() {
	}

	/** Question ids, in questionnaire order, with their option values. */
	public static Map<String, List<String>> questions() {
		return QUESTIONS;
	}

}
