package com.certadvisor.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An edition of the catalog: the day it was published ({@code 2026-12-02}), and for a
 * second edition the same day, a revision ({@code 2026-12-02.2}). Editions are ordered,
 * so a link can tell what changed since the one it was made with.
 *
 * @param date the day it was published
 * @param revision 1 for the day's first edition, then 2, 3 …
 */
public record Edition(LocalDate date, int revision) implements Comparable<Edition> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:\\.([1-9]\\d{0,2}))?");

	private static final Comparator<Edition> ORDER = Comparator.comparing(Edition::date)
		.thenComparingInt(Edition::revision);

	public Edition {
		if (date == null || revision < 1) {
			throw new IllegalArgumentException("an edition needs a date and a revision of 1 or more");
		}
	}

	/**
	 * Reads {@code 2026-12-02} or {@code 2026-12-02.2}.
	 * @throws IllegalArgumentException if {@code text} is not written so
	 */
	@JsonCreator
	public static Edition parse(String text) {
		Matcher matcher = (text != null) ? FORMAT.matcher(text) : null;
		if (matcher == null || !matcher.matches()) {
			throw new IllegalArgumentException(message(text));
		}
		try {
			return new Edition(LocalDate.parse(matcher.group(1)),
					(matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 1);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(message(text));
		}
	}

	private static String message(String text) {
		return "an edition is a date written YYYY-MM-DD, optionally followed by .2, .3 …, not "
				+ ((text != null) ? "'" + text + "'" : "nothing");
	}

	@Override
	public int compareTo(Edition other) {
		return ORDER.compare(this, other);
	}

	public boolean isBefore(Edition other) {
		return compareTo(other) < 0;
	}

	@JsonValue
	@Override
	public String toString() {
		return (this.revision == 1) ? this.date.toString() : this.date + "." + this.revision;
	}

}
