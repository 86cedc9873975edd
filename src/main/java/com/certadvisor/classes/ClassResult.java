package com.certadvisor.classes;

import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.Verdict;

/**
 * One student's result, as a class summary counts it: the answers and the verdict, and
 * nothing that could tell who sent it.
 *
 * @param answers the answers, without a counselor's marks
 * @param verdict what the advisor concluded from them
 */
record ClassResult(Answers answers, Verdict verdict) {

	ClassResult {
		if (answers == null || verdict == null) {
			throw new IllegalArgumentException("a class result needs answers and a verdict");
		}
		answers = new Answers(answers.values());
	}

}
