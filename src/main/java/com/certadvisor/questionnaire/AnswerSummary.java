package com.certadvisor.questionnaire;

import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.Question;
import org.jspecify.annotations.Nullable;

/**
 * One line of the check-your-answers page.
 *
 * @param question the question
 * @param chosen the option chosen, or {@code null} when unanswered
 * @param changeLink opens the question with every answer kept, returning here
 * @param setByCounselor whether the answer is the one the person's counselor set
 */
public record AnswerSummary(Question question, @Nullable Option chosen, String changeLink, boolean setByCounselor) {

}
