package com.certadvisor.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.certadvisor.catalog.AsOf.Precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AsOfTests {

	@Nested
	class Parsing {

		@Test
		void readsAYearAsTheFirstOfJanuaryWithYearPrecision() {
			AsOf asOf = AsOf.parse("2023");
			assertThat(asOf.date()).isEqualTo(LocalDate.of(2023, 1, 1));
			assertThat(asOf.precision()).isEqualTo(Precision.YEAR);
		}

		@Test
		void readsAMonthAsItsFirstDayWithMonthPrecision() {
			AsOf asOf = AsOf.parse("2026-02");
			assertThat(asOf.date()).isEqualTo(LocalDate.of(2026, 2, 1));
			assertThat(asOf.precision()).isEqualTo(Precision.MONTH);
		}

		@Test
		void readsADayWithDayPrecision() {
			AsOf asOf = AsOf.parse("2023-09-11");
			assertThat(asOf.date()).isEqualTo(LocalDate.of(2023, 9, 11));
			assertThat(asOf.precision()).isEqualTo(Precision.DAY);
		}

		@ParameterizedTest
		@ValueSource(strings = { "2026-13", "26", "", "2026/01", "2026-1", "2026-02-30", "2023-09-11T10:00", "abcd",
				" 2026" })
		void rejectsTextThatIsNotAYearMonthOrDay(String text) {
			assertThatIllegalArgumentException().isThrownBy(() -> AsOf.parse(text))
				.withMessage("'asOf' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not '" + text + "'");
		}

		@ParameterizedTest
		@NullSource
		void rejectsAMissingDate(String text) {
			assertThatIllegalArgumentException().isThrownBy(() -> AsOf.parse(text)).withMessage("'asOf' is missing");
		}

	}

	@Nested
	class Writing {

		@ParameterizedTest
		@ValueSource(strings = { "2023", "2026-02", "2023-09-11", "2010", "2019-09", "2024-12-31" })
		void writesTheSameTextItWasParsedFrom(String text) {
			assertThat(AsOf.parse(text)).hasToString(text);
		}

		@Test
		void writesOnlyThePrecisionItKnowsAlthoughTheDateIsAFullDay() {
			assertThat(new AsOf(LocalDate.of(2026, 2, 17), Precision.MONTH)).hasToString("2026-02");
			assertThat(new AsOf(LocalDate.of(2026, 2, 17), Precision.YEAR)).hasToString("2026");
		}

	}

	@Nested
	class Patterns {

		@Test
		void givesEachPrecisionAPatternShowingOnlyWhatIsKnown() {
			assertThat(Precision.YEAR.pattern()).isEqualTo("yyyy");
			assertThat(Precision.MONTH.pattern()).isEqualTo("MMM yyyy");
			assertThat(Precision.DAY.pattern()).isEqualTo("d MMM yyyy");
		}

		@Test
		void formatsEachParsedDateWithItsOwnPrecisionPattern() {
			assertThat(format(AsOf.parse("2023"))).isEqualTo("2023");
			assertThat(format(AsOf.parse("2026-02"))).isEqualTo("Feb 2026");
			assertThat(format(AsOf.parse("2023-09-11"))).isEqualTo("11 Sep 2023");
		}

		private String format(AsOf asOf) {
			return DateTimeFormatter.ofPattern(asOf.precision().pattern(), Locale.ENGLISH).format(asOf.date());
		}

	}

	@Nested
	class Construction {

		@Test
		void rejectsAMissingDateOrPrecision() {
			assertThatIllegalArgumentException().isThrownBy(() -> new AsOf(null, Precision.DAY))
				.withMessage("an as-of date needs a date and a precision");
			assertThatIllegalArgumentException().isThrownBy(() -> new AsOf(LocalDate.of(2026, 1, 1), null))
				.withMessage("an as-of date needs a date and a precision");
		}

	}

}
