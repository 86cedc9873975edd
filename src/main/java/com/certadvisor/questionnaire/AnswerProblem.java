package com.certadvisor.questionnaire;

import java.util.List;

import com.certadvisor.catalog.Question;
import org.jspecify.annotations.Nullable;

/**
 * One part of a link that was not understood.
 *
 * @param kind what is wrong
 * @param parameter the parameter name, shortened if it was over-long
 * @param value the offending value, shortened, or {@code null}
 * @param question the question the parameter names, or {@code null} when unknown
 * @param choices what the value could be when no question says so (the catalog's states
 * for a state), else empty
 */
public record AnswerProblem(Kind kind, String parameter, @Nullable String value, @Nullable Question question,
		List<String> choices) {

	/** How long a name or value may be before the page shortens it for display. */
	static final int DISPLAY_LIMIT = 40;

	public enum Kind {

		/** The parameter names no question. */
		UNKNOWN_QUESTION,
		/** The value is not one of the question's options. */
		UNKNOWN_VALUE,
		/** The question is answered more than once. */
		REPEATED,
		/** The value is longer than any option could be. */
		TOO_LONG,
		/**
		 * A counselor's suggestions that are not all valid {@code question:value} pairs.
		 */
		BAD_SUGGESTIONS,
		/** A class id that is not ten base-32 symbols, or more than one of them. */
		BAD_CLASS,
		/** A state that is not a two-letter code the catalog knows, or more than one. */
		BAD_STATE

	}

	public AnswerProblem {
		if (kind == null || parameter == null) {
			throw new IllegalArgumentException("a problem needs a kind and a parameter");
		}
		parameter = shorten(parameter);
		value = (value != null) ? shorten(value) : null;
		choices = List.copyOf(choices);
	}

	/**
	 * The values that would have been understood: the question's options, or the choices.
	 */
	public List<String> validValues() {
		return (this.question != null) ? this.question.options().stream().map((option) -> option.value()).toList()
				: this.choices;
	}

	private static String shorten(String text) {
		return (text.length() <= DISPLAY_LIMIT) ? text : text.substring(0, DISPLAY_LIMIT) + "…";
	}

}
