package com.certadvisor.links;

import com.certadvisor.questionnaire.Answers;

/**
 * What a short code stands for.
 *
 * @param answers the answers, with those the counselor set as suggestions
 * @param language the language the pages open in
 */
public record CodedAnswers(Answers answers, String language) {

	public CodedAnswers {
		if (answers == null || language == null) {
			throw new IllegalArgumentException("coded answers need answers and a language");
		}
	}

}
