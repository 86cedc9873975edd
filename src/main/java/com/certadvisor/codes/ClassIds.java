package com.certadvisor.codes;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The id of a class summary, as the students' link carries it ({@code ?class=…}): ten
 * lower-case Crockford base 32 symbols. Read as forgivingly as short codes, because
 * students copy it from a whiteboard: any case, hyphens and spaces ignored, I and L read
 * as 1, O as 0.
 */
public final class ClassIds {

	/** The parameter that carries a class id through every link. */
	public static final String PARAMETER = "class";

	/** 10 symbols: 50 random bits, enough that ids cannot be walked. */
	public static final int SYMBOLS = 10;

	private ClassIds() {
	}

	/** Whether {@code text} is an id as written: the right length and symbols. */
	public static boolean isId(String text) {
		return text != null && text.length() == SYMBOLS && read(text).filter(text::equals).isPresent();
	}

	/** The id {@code typed} names, written as ids are, or nothing if it names none. */
	public static Optional<String> read(String typed) {
		if (typed == null || typed.length() > 4 * SYMBOLS) {
			return Optional.empty();
		}
		StringBuilder id = new StringBuilder(SYMBOLS);
		for (char typedSymbol : typed.toCharArray()) {
			if (typedSymbol == '-' || Character.isWhitespace(typedSymbol) || Character.isSpaceChar(typedSymbol)) {
				continue;
			}
			OptionalInt digit = CrockfordBase32.digit(typedSymbol);
			if (digit.isEmpty()) {
				return Optional.empty();
			}
			id.append(CrockfordBase32.symbol(digit.getAsInt()));
		}
		return (id.length() == SYMBOLS) ? Optional.of(id.toString().toLowerCase(Locale.ROOT)) : Optional.empty();
	}

}
