package com.certadvisor.catalog;

/**
 * One cost of getting or keeping a credential, in US dollars.
 *
 * @param label what is paid for
 * @param amount the price, or {@code null} where no source gives one
 * @param per how often it is paid
 * @param optional {@code true} for costs only some pay (a retake), left out of totals
 * @param source the id of its entry in the catalog's sources
 * @param asOf when the source says it held
 * @param kind the id of its kind, which sets how long it is trusted
 * @param estimate {@code true} when no official page confirms it
 * @param checkAt for a price resting on a third-party source, the id of the official
 * source to check it against before paying; otherwise {@code null}
 * @param audience for prices that depend on membership, who pays it; otherwise
 * {@code null}
 */
public record CostItem(String label, Integer amount, Per per, boolean optional, String source, AsOf asOf, String kind,
		boolean estimate, String checkAt, Audience audience) implements Sourced {

	/** How often a cost falls due. */
	public enum Per {

		ONCE(1), YEAR(2), TWO_YEARS(1);

		private final int timesInTwoYears;

		Per(int timesInTwoYears) {
			this.timesInTwoYears = timesInTwoYears;
		}

		/** How many times it is paid in the first two years. */
		public int timesInTwoYears() {
			return this.timesInTwoYears;
		}

	}

	public CostItem {
		label = Checks.text(label, "label");
		if (amount != null && amount < 0) {
			throw new IllegalArgumentException("'amount' must not be negative");
		}
		if (per == null) {
			throw new IllegalArgumentException("'per' is missing; use ONCE, YEAR or TWO_YEARS");
		}
		source = Checks.text(source, "source");
		Checks.present(asOf, "asOf");
		kind = Checks.text(kind, "kind");
		checkAt = Checks.optionalText(checkAt);
	}

	/**
	 * What it costs over the first two years, or {@code null} when the price is unknown.
	 */
	public Integer twoYearAmount() {
		return (this.amount != null) ? this.amount * this.per.timesInTwoYears() : null;
	}

}
