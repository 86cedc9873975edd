package com.certadvisor.classes;

import com.certadvisor.questionnaire.Answers;

/**
 * What became of a result sent.
 *
 * @param outcome what happened
 * @param answers the answers sent, with the class, for a link back to the result; none if
 * they could not be read
 */
record Submission(Outcome outcome, Answers answers) {

	/** What became of a result sent. */
	enum Outcome {

		/** Counted. */
		ADDED,
		/** The same answers were counted today already. */
		ALREADY_COUNTED,
		/** No class has this id, or it was deleted. */
		UNKNOWN_CLASS,
		/** The form's token is not this site's, or is older than yesterday's. */
		EXPIRED_FORM,
		/** Too many results from this address, or for this class, just now. */
		TOO_MANY,
		/** The class holds as many results as it may. */
		FULL

	}

}
