package com.certadvisor.catalog;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The date a fact is known to hold, as precise as its source: a year ({@code 2023}), a
 * month ({@code 2026-02}) or a day ({@code 2023-09-11}).
 *
 * @param date the first day of the period
 * @param precision how much of {@code date} the source gives
 */
public record AsOf(LocalDate date, Precision precision) {

	public enum Precision {

		YEAR("yyyy"), MONTH("MMM yyyy"), DAY("d MMM yyyy");

		private final String pattern;

		Precision(String pattern) {
			this.pattern = pattern;
		}

		/**
		 * A {@code DateTimeFormatter} pattern showing just the known part of the date.
		 */
		public String pattern() {
			return this.pattern;
		}

	}

	public AsOf {
		if (date == null || precision == null) {
			throw new IllegalArgumentException("an as-of date needs a date and a precision");
		}
	}

	/** The last day the source's date could mean: the end of its year, month or day. */
	public LocalDate end() {
		return switch (this.precision) {
			case YEAR -> this.date.withDayOfYear(this.date.lengthOfYear());
			case MONTH -> this.date.withDayOfMonth(this.date.lengthOfMonth());
			case DAY -> this.date;
		};
	}

	@JsonCreator
	public static AsOf parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("'asOf' is missing");
		}
		try {
			return switch (text.length()) {
				case 4 -> new AsOf(Year.parse(text).atDay(1), Precision.YEAR);
				case 7 -> new AsOf(YearMonth.parse(text).atDay(1), Precision.MONTH);
				case 10 -> new AsOf(LocalDate.parse(text), Precision.DAY);
				default -> throw new DateTimeParseException("wrong length", text, 0);
			};
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"'asOf' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not '" + text + "'");
		}
	}

	@JsonValue
	@Override
	public String toString() {
		return switch (this.precision) {
			case YEAR -> String.valueOf(this.date.getYear());
			case MONTH -> YearMonth.from(this.date).toString();
			case DAY -> this.date.toString();
		};
	}

}
