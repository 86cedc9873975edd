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

	/**
	 * Correction 5: nothing newer than the stale facts could be read on an official page,
	 * so they keep their stale mark, and where two AHIMA pages disagree the conflict is
	 * stated.
	 */
	@Test
	void theFactsPastTheirShelfLifeKeepTheirMarkWhereNothingNewerWasFound() {
		Freshness freshness = new Freshness(
				java.time.Clock.fixed(java.time.Instant.parse("2026-12-07T12:00:00Z"), java.time.ZoneOffset.UTC));
		List<String> stale = CATALOG.facts()
			.stream()
			.filter((fact) -> freshness.isStale(CATALOG, fact.fact()))
			.map(CatalogFact::id)
			.toList();
		assertThat(stale).contains("outlook.CPC[0]", "outlook.CCS[0]", "salary.CPC[0]", "renewal-fee.CCS[0]",
				"costs.CCS[3]", "costs.CCS[4]", "retake.CCS[0]", "other-fees.CCS[1]", "focus.CCS[0]",
				"code-sets.CCS[0]");
		assertThat(CATALOG.conflicts())
			.filteredOn((conflict) -> conflict.title().equals("The CCS eligibility extension"))
			.singleElement()
			.satisfies((conflict) -> assertThat(conflict.sources()).containsExactly("H5", "H11"));
	}

}
