package com.certadvisor.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FreshnessTests {

	private static Freshness on(String today, String maxAge) {
		Clock clock = Clock.fixed(LocalDate.parse(today).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
		return new Freshness(clock, new FreshnessProperties(Period.parse(maxAge)));
	}

	@ParameterizedTest(name = "as of {0}, on {1}, limit {2}: stale={3}")
	@CsvSource({ "2025, 2027-06-30, P18M, false", "2025, 2027-07-01, P18M, true", "2025-05, 2026-11-30, P18M, false",
			"2025-05, 2026-12-01, P18M, true", "2023-09-11, 2025-03-11, P18M, false",
			"2023-09-11, 2025-03-12, P18M, true", "2021, 2026-11-26, P18M, true", "2026-02, 2026-11-26, P18M, false",
			"2024-05, 2026-11-26, P3Y, false" })
	void judgesADateByTheEndOfThePeriodItNames(String asOf, String today, String maxAge, boolean stale) {
		assertThat(on(today, maxAge).isStale(AsOf.parse(asOf))).isEqualTo(stale);
	}

	@Test
	void rejectsALimitThatIsNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FreshnessProperties(Period.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> new FreshnessProperties(Period.ofMonths(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new FreshnessProperties(null));
	}

}
