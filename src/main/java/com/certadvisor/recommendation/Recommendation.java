package com.certadvisor.recommendation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.certadvisor.catalog.Question;
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
 * @param whatIfs per question, the answer given and where each other choice leads
 */
public record Recommendation(Answers answers, Verdict verdict, int cpcScore, int ccsScore, int margin, int threshold,
		List<Contribution> deciding, List<WhatIf> whatIfs) {

	public Recommendation {
		if (answers == null || verdict == null) {
			throw new IllegalArgumentException("a recommendation needs answers and a verdict");
		}
		deciding = List.copyOf(deciding);
		whatIfs = List.copyOf(whatIfs);
	}

	/** The single changed answers that would change the verdict. */
	public List<Flip> flips() {
		return this.whatIfs.stream()
			.flatMap((whatIf) -> whatIf.choices()
				.stream()
				.filter(Choice::flips)
				.map((choice) -> new Flip(whatIf.question(), choice.option(), choice.verdict(), choice.answers())))
			.toList();
	}

	/**
	 * The flips by the verdict they lead to (CPC, CCS, EITHER), then by question in
	 * catalog order: a summary names each question once.
	 */
	public Map<Verdict, Map<Question, List<Flip>>> flipsByVerdict() {
		Map<Verdict, Map<Question, List<Flip>>> groups = new EnumMap<>(Verdict.class);
		flips().forEach((flip) -> groups.computeIfAbsent(flip.verdict(), (verdict) -> new LinkedHashMap<>())
			.computeIfAbsent(flip.question(), (question) -> new ArrayList<>())
			.add(flip));
		return groups;
	}

	/** The larger of the two scores, at least 1: the full length of the score picture. */
	public int scale() {
		return Math.max(1, Math.max(this.cpcScore, this.ccsScore));
	}

}
