package com.certadvisor.recommendation;

import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.Question;
import com.certadvisor.questionnaire.Answers;

/**
 * A single changed answer that would change the verdict.
 *
 * @param question the question to answer differently
 * @param option the answer that changes the verdict
 * @param verdict the verdict it leads to
 * @param answers the full answers with that one change
 */
public record Flip(Question question, Option option, Verdict verdict, Answers answers) {

}
