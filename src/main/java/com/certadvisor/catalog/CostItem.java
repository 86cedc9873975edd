package com.certadvisor.catalog;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One cost of getting or keeping a credential, in US dollars.
 *
 * @param label what is paid for
 * @param amount the price, or {@code null} where no source gives one; for a range, its
 * low end
 * @param upTo for a price the source gives as a range, its high end; otherwise
 * {@code null}
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
 * @param routes the ids of the ways to prepare ({@link CostRoute}) that pay it; none
 * means every route
 * @param when answer patterns that call for it; none means everyone
 * @param unless answer patterns that rule it out, such as holding the credential already
 */
public record CostItem(String label, @Nullable Integer amount, @Nullable Integer upTo, Per per, boolean optional,
		String source, AsOf asOf, String kind, boolean estimate, @Nullable String checkAt, @Nullable Audience audience,
		List<String> routes, List<Map<String, List<String>>> when,
		List<Map<String, List<String>>> unless) implements Sourced {

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
		if (upTo != null && (amount == null || upTo < amount)) {
			throw new IllegalArgumentException("'upTo' is the high end of a range: it needs an 'amount' no higher");
		}
		if (per == null) {
			throw new IllegalArgumentException("'per' is missing; use ONCE, YEAR or TWO_YEARS");
		}
		source = Checks.text(source, "source");
		Checks.present(asOf, "asOf");
		kind = Checks.text(kind, "kind");
		checkAt = Checks.optionalText(checkAt);
		routes = (routes != null) ? List.copyOf(routes) : List.of();
		when = AnswerPatterns.copy(when);
		unless = AnswerPatterns.copy(unless);
	}

	/** Whether a person preparing by {@code route} pays it. */
	public boolean paidOn(String route) {
		return this.routes.isEmpty() || this.routes.contains(route);
	}

	/** Whether a person who gave {@code answers} (question id to value) pays it. */
	public boolean appliesTo(Map<String, String> answers) {
		return (this.when.isEmpty() || AnswerPatterns.match(this.when, answers))
				&& !AnswerPatterns.match(this.unless, answers);
	}

	/**
	 * What it costs over the first two years, or {@code null} when the price is unknown;
	 * for a range, its low end.
	 */
	public @Nullable Integer twoYearAmount() {
		return (this.amount != null) ? this.amount * this.per.timesInTwoYears() : null;
	}

	/** The high end of a range over two years, or {@code null} when it is no range. */
	public @Nullable Integer twoYearUpTo() {
		return (this.upTo != null) ? this.upTo * this.per.timesInTwoYears() : null;
	}

	/** Whether its two-year amount is only a lower bound: unknown, or a range. */
	public boolean atLeast() {
		return this.amount == null || this.upTo != null;
	}

}
