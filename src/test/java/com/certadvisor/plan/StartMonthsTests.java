package com.certadvisor.plan;

import java.time.YearMonth;

import com.certadvisor.errors.BadParameterException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.certadvisor.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

class StartMonthsTests {

	private static final String RETRY = "/recommendation?setting=inpatient";

	/** Last month, from {@code Fixtures.TODAY} (2 December 2026). */
	private static final YearMonth FIRST = YearMonth.of(2026, 11);

	/** Two years ahead. */
	private static final YearMonth LAST = YearMonth.of(2028, 12);

	private final StartMonths starts = new StartMonths(CLOCK);

	@Nested
	class Resolving {

		@Test
		void noParameterIsThisMonth() {
			assertThat(StartMonthsTests.this.starts.resolve(null, RETRY)).isEqualTo(YearMonth.of(2026, 12));
		}

		@ParameterizedTest
		@ValueSource(strings = { "2026-11", "2026-12", "2027-03", "2028-12" })
		void acceptsEveryMonthFromLastMonthToTwoYearsAhead(String start) {
			assertThat(StartMonthsTests.this.starts.resolve(start, RETRY)).isEqualTo(YearMonth.parse(start));
		}

		@ParameterizedTest
		@ValueSource(strings = { "2026-10", "2029-01", "2027-00", "2027-13", "2027-3", "27-03", "2027-03-01",
				" 2027-03", "", "March", "２０２７-０３", "2027—03" })
		void rejectsAnythingElseNamingTheParameterTheWindowAndTheRetryLink(String start) {
			BadParameterException ex = assertThatExceptionOfType(BadParameterException.class)
				.isThrownBy(() -> StartMonthsTests.this.starts.resolve(start, RETRY))
				.actual();
			assertThat(ex.getParameter()).isEqualTo("start");
			assertThat(ex.getValue()).isEqualTo(start);
			assertThat(ex.getValidValues()).containsExactly("2026-11 … 2028-12");
			assertThat(ex.getRetryLink()).isEqualTo(RETRY);
		}

		@Test
		void offersTheSameMonthsItAccepts() {
			assertThat(StartMonthsTests.this.starts.choices()).hasSize(26)
				.startsWith(FIRST, YearMonth.of(2026, 12))
				.endsWith(LAST)
				.isSorted();
		}

	}

	@Property(tries = 2000)
	void anyStringIsAMonthInTheWindowOrABadStartNeverAnotherFailure(@ForAll("starts") String start) {
		Throwable thrown = catchThrowable(() -> {
			YearMonth month = this.starts.resolve(start, RETRY);
			assertThat(month).isBetween(FIRST, LAST);
			assertThat(month).hasToString((start != null) ? start : "2026-12");
		});
		if (thrown != null) {
			assertThat(thrown).isInstanceOf(BadParameterException.class);
			assertThat(((BadParameterException) thrown).getParameter()).isEqualTo("start");
		}
	}

	/**
	 * Well-formed months far and near, near misses, any text at all, and no parameter.
	 */
	@Provide
	Arbitrary<String> starts() {
		Arbitrary<String> months = Arbitraries.integers()
			.between(-1, 10000)
			.flatMap((year) -> Arbitraries.integers()
				.between(-1, 14)
				.map((month) -> String.format("%04d-%02d", year, month)));
		Arbitrary<String> near = Arbitraries.integers()
			.between(2025, 2030)
			.flatMap((year) -> Arbitraries.integers().between(0, 13).map((month) -> year + "-" + month));
		return Arbitraries
			.oneOf(months, near, Arbitraries.strings().all().ofMaxLength(12),
					Arbitraries.strings().withChars("0123456789-+ ").ofMaxLength(9))
			.injectNull(0.05);
	}

}
