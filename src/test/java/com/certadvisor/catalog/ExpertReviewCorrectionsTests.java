package com.certadvisor.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.CATALOG;
import static com.certadvisor.Fixtures.fact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the fact corrections of the December 2026 expert review
 * ({@code ../shared/facts/expert-review-2026-12.md}, "Corrections"), each to what its
 * source says, so an edit of the catalog cannot quietly bring a misreading back.
 */
class ExpertReviewCorrectionsTests {

	private static List<CatalogFact> mentioning(String text) {
		return CATALOG.facts().stream().filter((fact) -> fact.text().contains(text)).toList();
	}

	@Test
	void aapcDuesReadTheTwentyDollarsAsTheInstalmentFeeNotARenewalFee() {
		assertThat(fact("membership.CPC[0]").text())
			.contains("AAPC's own FAQ shows $190 for an individual renewal ($20 more only on the instalment plan)");
		assertThat(mentioning("plus a $20 fee")).isEmpty();
		assertThat(CATALOG.changes()).extracting(Change::summary)
			.noneMatch((text) -> text.contains("$20 fee to renew"));
		assertThat(CATALOG.conflicts()).extracting(Conflict::text)
			.anyMatch((text) -> text.contains("$20 more only on the instalment plan"));
	}

	@Test
	void anOnlineCpcIsOneAttemptSoTheSecondIsPricedForInPersonExamsOnly() {
		CatalogFact online = fact("delivery.CPC[1]");
		assertThat(online.text())
			.isEqualTo("An online exam is one attempt, at a lower cost than the standard two attempts in person");
		assertThat(CATALOG.source(online.fact().source()).url())
			.hasToString("https://www.aapc.com/blog/51494-taking-the-online-cpc-exam/");
		assertThat(fact("costs.CPC[2]").text()).startsWith("Second attempt, in person only");
	}

	@Test
	void theCpcCoversPhysiciansServicesInOfficesAndFacilities() {
		CatalogFact focus = fact("focus.CPC[0]");
		assertThat(focus.text()).contains("in the office or in a facility such as a hospital")
			.doesNotContain("other outpatient settings");
		assertThat(focus.fact().source()).isEqualTo("A2");
	}

	@Test
	void theEmployersLetterIsNamedOnlyForTheOneYearRouteToRemoveTheA() {
		assertThat(mentioning("a letter from your employer removes the A")).isEmpty();
		assertThat(mentioning("letter from your employer")).isNotEmpty()
			.allSatisfy((fact) -> assertThat(fact.text()).containsAnyOf("1-year route", "With a year of coding"));
	}

	@Test
	void theCorrectionsAreOneChangeOfTheirEdition() {
		assertThat(CATALOG.changes()).filteredOn((change) -> change.edition().equals(Edition.parse("2026-12-07.3")))
			.singleElement()
			.satisfies((change) -> assertThat(change.summary()).contains("$190", "online CPC is one attempt",
					"facilities such as hospitals", "1-year route"));
	}

}
