package com.certadvisor.catalog;

import java.util.regex.Pattern;

/** What a person typed or pasted, read as the value they meant. */
public final class TypedText {

	/** Spaces around a value, the no-break space a document pastes among them. */
	private static final Pattern AROUND = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");

	private TypedText() {
	}

	/** {@code typed} without the spaces around it. */
	public static String trimmed(String typed) {
		return AROUND.matcher(typed).replaceAll("");
	}

}
