package com.certadvisor.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the result can link to for a person's state: the two-letter USPS codes it knows
 * and the official pages that answer for one of them.
 *
 * @param states the codes, in upper case
 * @param links the pages, in the order shown
 */
public record Local(List<String> states, List<LocalLink> links) {

	public Local {
		states = (states != null) ? List.copyOf(states) : List.of();
		links = (links != null) ? List.copyOf(links) : List.of();
		for (String state : states) {
			if (!state.matches("[A-Z]{2}")) {
				throw new IllegalArgumentException("a state is a two-letter code in upper case, not '" + state + "'");
			}
		}
		if (states.stream().distinct().count() != states.size()) {
			throw new IllegalArgumentException("a state is listed twice");
		}
	}

	/**
	 * {@code given} as one of the codes, case and spaces around it aside, if it is one.
	 */
	public Optional<String> state(String given) {
		String code = TypedText.trimmed(given).toUpperCase(Locale.ROOT);
		return this.states.contains(code) ? Optional.of(code) : Optional.empty();
	}

}
