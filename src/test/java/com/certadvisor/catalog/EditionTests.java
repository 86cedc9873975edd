package com.certadvisor.catalog;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EditionTests {

	@Provide
	Arbitrary<Edition> editions() {
		return Dates.dates()
			.between(LocalDate.of(2000, 1, 1), LocalDate.of(2999, 12, 31))
			.flatMap((date) -> Arbitraries.integers().between(1, 999).map((revision) -> new Edition(date, revision)));
	}

	@Property
	void readsBackWhatItWrites(@ForAll("editions") Edition edition) {
		assertThat(Edition.parse(edition.toString())).isEqualTo(edition);
	}

	@Property
	void ordersByDayThenRevision(@ForAll("editions") Edition a, @ForAll("editions") Edition b) {
		int byDay = a.date().compareTo(b.date());
		int expected = (byDay != 0) ? byDay : Integer.compare(a.revision(), b.revision());
		assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
		assertThat(a.isBefore(b)).isEqualTo(expected < 0);
	}

	@Property
	void refusesAnythingElseWithAMessageAndNeverAnotherException(@ForAll String text) {
		try {
			Edition edition = Edition.parse(text);
			assertThat(edition.toString()).isIn(text, text.replaceFirst("\\.1$", ""));
		}
		catch (IllegalArgumentException ex) {
			assertThat(ex).hasMessageStartingWith("an edition is a date written YYYY-MM-DD");
		}
	}

	@Property
	void aFirstRevisionIsWrittenAsThePlainDay(@ForAll @IntRange(min = 1, max = 28) int day) {
		LocalDate date = LocalDate.of(2026, 12, day);
		assertThat(Edition.parse(date + ".1")).hasToString(date.toString());
	}

	@ParameterizedTest
	@CsvSource({ "2026-12-02, 2026-12-02, 1", "2026-12-02.2, 2026-12-02, 2", "2027-01-15.999, 2027-01-15, 999" })
	void readsADayAndARevision(String text, LocalDate date, int revision) {
		assertThat(Edition.parse(text)).isEqualTo(new Edition(date, revision));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2026-12", "2026-12-32", "2026-02-30", "2026-12-02.0", "2026-12-02.1000",
			"2026-12-02.", "2026-12-02.01", "school-1", " 2026-12-02", "2026-12-02 " })
	void refusesWhatIsNotAnEdition(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Edition.parse(text))
			.withMessage(
					"an edition is a date written YYYY-MM-DD, optionally followed by .2, .3 …, not '" + text + "'");
	}

}
