package com.certadvisor.editions;

import java.nio.charset.StandardCharsets;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogLoader;
import com.certadvisor.catalog.Edition;
import com.certadvisor.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;

import static com.certadvisor.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EditionsTests {

	/**
	 * A school's edition published after the embedded one, with no change recorded since.
	 */
	private static final Catalog LATER = new CatalogLoader()
		.load(new ByteArrayResource(Fixtures.catalogFile("2027-01-15").getBytes(StandardCharsets.UTF_8)));

	@Test
	void aLinkTravelsWithItsLanguageAndTheEditionItWasMadeWith() {
		assertThat(Editions.shared("https://advisor.example.edu/?setting=inpatient&lang=es&edition=2025-01-01", "en",
				CATALOG))
			.isEqualTo("https://advisor.example.edu/?setting=inpatient&lang=en&edition=2026-12-07.4");
	}

	@Test
	void anOlderLinkGetsTheChangesSinceItsEditionOldestFirst() {
		Editions.Notice notice = Editions.notice("2026-11-26", CATALOG).orElseThrow();
		assertThat(notice.since()).isEqualTo(Edition.parse("2026-11-26"));
		assertThat(notice.changes()).hasSize(14).containsExactlyElementsOf(CATALOG.changes());
	}

	@Test
	void anOlderLinkWithNoChangeRecordedSinceStillSaysItIsOlder() {
		assertThat(Editions.notice("2026-12-07.4", LATER))
			.hasValueSatisfying((notice) -> assertThat(notice.changes()).isEmpty());
		assertThat(Editions.notice("2026-11-30", LATER).orElseThrow().changes()).hasSize(14);
	}

	@Test
	void aLinkOfThisEditionOrALaterOneGetsNoNotice() {
		assertThat(Editions.notice("2026-12-07.4", CATALOG)).isEmpty();
		assertThat(Editions.notice("2031-01-01", CATALOG)).isEmpty();
	}

	@Test
	void aMalformedEditionIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Editions.notice("last week", CATALOG));
	}

}
