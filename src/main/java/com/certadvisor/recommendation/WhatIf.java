package com.certadvisor.recommendation;

import java.util.List;

import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.Question;
import org.jspecify.annotations.Nullable;

/**
 * One question of the what-if panel: the answer given and the other choices.
 *
 * @param question the question
 * @param current the answer given, or {@code null} when unanswered
 * @param choices every other option, in catalog order
 */
public record WhatIf(Question question, @Nullable Option current, List<Choice> choices) {

	public WhatIf {
		choices = List.copyOf(choices);
	}

}
