package com.certadvisor.recommendation;

import com.certadvisor.catalog.Option;
import com.certadvisor.questionnaire.Answers;

/**
 * Another answer a person could give to one question, and where it leads.
 *
 * @param option the other answer
 * @param verdict the verdict with that one answer changed
 * @param answers the full answers with that one change
 * @param flips {@code true} when it changes the verdict
 */
public record Choice(Option option, Verdict verdict, Answers answers, boolean flips) {

}
