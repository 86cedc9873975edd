package com.certadvisor.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.certadvisor.Fixtures;
import com.certadvisor.catalog.Catalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolOffersTests {

	private final Catalog catalog = Fixtures.withSchool(0);

	private static SchoolOffers on(LocalDate day) {
		return new SchoolOffers(Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
	}

	@Test
	void givesEachProgrammeItsNextStartFromToday() {
		assertThat(on(LocalDate.of(2027, 1, 12)).offered(this.catalog, "CPC")).extracting(ShownProgramme::nextStart)
			.containsExactly(LocalDate.of(2027, 4, 5), null);
	}

	@Test
	void leavesOutAProgrammeWhoseLastStartHasPassed() {
		assertThat(on(LocalDate.of(2027, 9, 1)).offered(this.catalog, "CPC"))
			.extracting((shown) -> shown.programme().name())
			.containsExactly("CPC Exam Review, evenings");
		assertThat(on(LocalDate.of(2027, 9, 1)).offered(this.catalog)).containsOnlyKeys("CPC");
	}

	@Test
	void showsAtMostThreeForACredentialInTheSchoolsOrder() {
		Catalog many = Fixtures.withSchool(5);
		assertThat(many.programmes("CPC")).hasSize(7);
		assertThat(on(Fixtures.TODAY).offered(many, "CPC")).hasSize(SchoolOffers.SHOWN)
			.extracting((shown) -> shown.programme().name())
			.containsExactly("Outpatient Coding Certificate", "CPC Exam Review, evenings", "Copy 1");
	}

}
