package com.certadvisor.classes;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** What can be wrong with the label a counselor types for a class. */
public enum LabelProblem {

	/** Longer than {@link StoredClass#MAX_LABEL} characters. */
	TOO_LONG,
	/** Holds a line break, tab or other control character: one line of text only. */
	CONTROL_CHARACTERS;

	/** The problem of {@code label}, if it has one; a blank label is none. */
	public static Optional<LabelProblem> of(@Nullable String label) {
		if (label == null) {
			return Optional.empty();
		}
		if (label.strip().length() > StoredClass.MAX_LABEL) {
			return Optional.of(TOO_LONG);
		}
		if (label.strip().chars().anyMatch(Character::isISOControl)) {
			return Optional.of(CONTROL_CHARACTERS);
		}
		return Optional.empty();
	}

}
