package com.certadvisor.catalog;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How far a source can be trusted: the body that issues a credential or a government
 * statistics office says it itself, or someone else repeats it.
 */
public enum Tier {

	/** AAPC, AHIMA, BLS, O*NET and other issuing or government bodies. */
	OFFICIAL("official"),
	/** Exam-prep sites, schools, blogs and other sites. */
	THIRD_PARTY("third-party");

	private final String value;

	Tier(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	@JsonCreator
	public static Tier parse(String value) {
		return Arrays.stream(values())
			.filter((tier) -> tier.value.equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("'tier' must be official or third-party, not "
					+ ((value != null) ? "'" + value + "'" : "missing")));
	}

}
