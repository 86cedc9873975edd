package com.certadvisor.plan;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.certadvisor.errors.BadParameterException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads the month a plan starts in from {@code start=YYYY-MM}: this month when absent,
 * and only from last month (someone who started recently) to two years ahead.
 */
@Component
public class StartMonths {

	/** The parameter that names the start month. */
	public static final String PARAMETER = "start";

	static final int MONTHS_BACK = 1;

	static final int MONTHS_AHEAD = 24;

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private final Clock clock;

	public StartMonths(Clock clock) {
		this.clock = clock;
	}

	public YearMonth thisMonth() {
		return YearMonth.now(this.clock);
	}

	/** Every month a plan can start in, first to last. */
	public List<YearMonth> choices() {
		YearMonth first = thisMonth().minusMonths(MONTHS_BACK);
		return IntStream.rangeClosed(0, MONTHS_BACK + MONTHS_AHEAD).mapToObj(first::plusMonths).toList();
	}

	/**
	 * The month {@code given} names, or this month when it is {@code null}.
	 * @param retryLink the same page without {@code start}, for the 400 page
	 * @throws BadParameterException when it is not a month in the window
	 */
	public YearMonth resolve(@Nullable String given, String retryLink) {
		if (given == null) {
			return thisMonth();
		}
		YearMonth first = thisMonth().minusMonths(MONTHS_BACK);
		YearMonth last = thisMonth().plusMonths(MONTHS_AHEAD);
		YearMonth month = parse(given);
		if (month == null || month.isBefore(first) || month.isAfter(last)) {
			throw new BadParameterException(PARAMETER, given, List.of(first + " … " + last), retryLink);
		}
		return month;
	}

	private static @Nullable YearMonth parse(String given) {
		if (!MONTH.matcher(given).matches()) {
			return null;
		}
		int month = Integer.parseInt(given.substring(5));
		return (month >= 1 && month <= 12) ? YearMonth.of(Integer.parseInt(given.substring(0, 4)), month) : null;
	}

}
