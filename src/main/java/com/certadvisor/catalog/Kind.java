package com.certadvisor.catalog;

import java.time.LocalDate;
import java.time.Period;

/**
 * What sort of fact a statement is, and so how long it may be trusted after its as-of
 * date: a price changes yearly, the body that issues a credential hardly ever.
 *
 * @param name the facts of this kind in a sentence, such as "the prices"
 * @param description what belongs to it, in a line
 * @param shelfLife how long after the end of its as-of period a fact of this kind is
 * trusted
 */
public record Kind(String name, String description, Period shelfLife) {

	/**
	 * The id of the kind the catalog's prices have: those a person pays are checked
	 * before paying.
	 */
	public static final String PRICE = "price";

	public Kind {
		name = Checks.text(name, "name");
		description = Checks.text(description, "description");
		// Whole months, so a shelf life can be said in words ("a year", "18 months").
		if (shelfLife == null || shelfLife.isNegative() || shelfLife.isZero() || shelfLife.getDays() != 0) {
			throw new IllegalArgumentException(
					"'shelfLife' must be a positive number of months or years, such as P12M");
		}
	}

	/**
	 * The day after which a fact of this kind dated {@code asOf} needs checking again.
	 */
	public LocalDate reviewDue(AsOf asOf) {
		return asOf.end().plus(this.shelfLife);
	}

	/**
	 * Whether a fact of this kind dated {@code asOf} is past its shelf life on
	 * {@code today}.
	 */
	public boolean isStale(AsOf asOf, LocalDate today) {
		return reviewDue(asOf).isBefore(today);
	}

	/** The shelf life in months, for saying it in words. */
	public long months() {
		return this.shelfLife.toTotalMonths();
	}

	/**
	 * The shelf life in years when it is whole years, otherwise 0: "a year", not "12
	 * months".
	 */
	public long wholeYears() {
		return (months() % 12 == 0) ? months() / 12 : 0;
	}

}
