package com.certadvisor.links;

/** Text typed or linked as a short code that is none: the page asks to try again. */
class MistypedCodeException extends RuntimeException {

	private final String typed;

	private final Mistake mistake;

	MistypedCodeException(String typed, Mistake mistake) {
		super("not a short code (" + mistake + ")");
		this.typed = (typed.length() > ShortCodes.MAX_TYPED) ? typed.substring(0, ShortCodes.MAX_TYPED) + "…" : typed;
		this.mistake = mistake;
	}

	/** What was typed, spaces around it removed, cut short if it is far too long. */
	String getTyped() {
		return this.typed;
	}

	Mistake getMistake() {
		return this.mistake;
	}

	/** What the page tells the person, from the most to the least specific. */
	enum Mistake {

		/** Nothing was typed. */
		EMPTY,
		/** A character codes never use, such as U or a punctuation mark. */
		SYMBOL,
		/** Too few or too many symbols. */
		LENGTH,
		/** The right symbols in the right number that do not add up: a typo or a swap. */
		CHECK

	}

}
