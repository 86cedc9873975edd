package com.certadvisor.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.certadvisor.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FreshnessTests {

	@Nested
	class ByShelfLife {

		@ParameterizedTest(name = "as of {0}, shelf life {1}, on {2}: stale={3}")
		@CsvSource({ "2025, P18M, 2027-06-30, false", "2025, P18M, 2027-07-01, true",
				"2025-05, P18M, 2026-11-30, false", "2025-05, P18M, 2026-12-01, true",
				"2023-09-11, P18M, 2025-03-11, false", "2023-09-11, P18M, 2025-03-12, true",
				"2024-05, P3Y, 2026-11-26, false" })
		void judgesADateByTheEndOfThePeriodItNames(String asOf, String shelfLife, String today, boolean stale) {
			Kind kind = new Kind("the facts", "Facts", Period.parse(shelfLife));
			assertThat(kind.isStale(AsOf.parse(asOf), LocalDate.parse(today))).isEqualTo(stale);
		}

		@ParameterizedTest(name = "{0}: {1} months, {2} whole years")
		@CsvSource({ "P12M, 12, 1", "P1Y, 12, 1", "P18M, 18, 0", "P5Y, 60, 5", "P1Y6M, 18, 0" })
		void isSaidInWholeYearsWhenItIsWholeYears(String shelfLife, long months, long years) {
			Kind kind = new Kind("the facts", "Facts", Period.parse(shelfLife));
			assertThat(kind.months()).isEqualTo(months);
			assertThat(kind.wholeYears()).isEqualTo(years);
		}

		@ParameterizedTest
		@ValueSource(strings = { "P0M", "P-1M", "P30D", "P1Y15D" })
		void takesOnlyAPositiveNumberOfMonthsOrYears(String shelfLife) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Kind("the facts", "Facts", Period.parse(shelfLife)))
				.withMessage("'shelfLife' must be a positive number of months or years, such as P12M");
		}

	}

	@Nested
	class ByKind {

		private final Freshness onTheDayOfTheCheck = on("2026-12-02");

		private static Freshness on(String today) {
			return new Freshness(
					Clock.fixed(LocalDate.parse(today).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
		}

		private static Fact fact(String kind, String asOf) {
			return new Fact("A fact", "A2", AsOf.parse(asOf), kind, false, null, null);
		}

		@ParameterizedTest(name = "a {0} fact as of {1} is stale on 2026-12-02: {2}")
		@CsvSource({ "price, 2025-11, true", "price, 2025-12, false", "exam-rule, 2024-11, true",
				"exam-rule, 2024-12, false", "policy, 2024-11, true", "identity, 2021-11, true",
				"identity, 2021-12, false", "identity, 2023, false", "labour-market, 2024-05, true",
				"labour-market, 2025, false" })
		void judgesEachFactByTheShelfLifeOfItsKind(String kind, String asOf, boolean stale) {
			assertThat(this.onTheDayOfTheCheck.isStale(CATALOG, fact(kind, asOf))).isEqualTo(stale);
		}

		@ParameterizedTest(name = "{0}: {1} months")
		@CsvSource({ "price, 12", "exam-rule, 24", "policy, 24", "identity, 60", "labour-market, 24", "guidance, 24" })
		void theEmbeddedCatalogGivesEachKindItsShelfLife(String kind, long months) {
			assertThat(CATALOG.kind(kind).months()).isEqualTo(months);
		}

		@Test
		void aPriceTurnsStaleYearsBeforeTheIssuerOfTheSameDate() {
			Freshness aYearLater = on("2027-07-01");
			assertThat(aYearLater.isStale(CATALOG, fact("price", "2026-06"))).isTrue();
			assertThat(aYearLater.isStale(CATALOG, fact("identity", "2026-06"))).isFalse();
		}

	}

}
