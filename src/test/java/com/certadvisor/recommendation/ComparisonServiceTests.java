package com.certadvisor.recommendation;

import java.util.List;
import java.util.Map;

import com.certadvisor.catalog.ComparisonRow;
import com.certadvisor.catalog.ComparisonSection;
import com.certadvisor.catalog.Fact;
import com.certadvisor.questionnaire.Answers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.certadvisor.Fixtures.CATALOG;
import static com.certadvisor.Fixtures.CATALOGS;
import static com.certadvisor.Fixtures.FRESHNESS;
import static com.certadvisor.Fixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link ComparisonService}, run against the real catalog.
 */
class ComparisonServiceTests {

	private static final String CCS_MEMBER_FEE = "$299";

	private static final String CCS_NON_MEMBER_FEE = "$399";

	private final ComparisonService comparisonService = new ComparisonService(CATALOGS, FRESHNESS);

	private static Answers membership(String value) {
		return (value != null) ? new Answers(Map.of("membership", value)) : Answers.none();
	}

	private ComparisonLine line(Answers answers, String rowId) {
		return this.comparisonService.compare(answers)
			.stream()
			.flatMap((group) -> group.lines().stream())
			.filter((line) -> line.id().equals(rowId))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> texts(List<ShownFact> facts) {
		return facts.stream().map(ShownFact::text).toList();
	}

	@Nested
	class Rows {

		@ParameterizedTest(name = "membership={0}")
		@NullSource
		@ValueSource(strings = { "aapc", "ahima", "none" })
		void everyRowHasFactsForBothColumns(String membership) {
			List<ComparisonGroup> groups = ComparisonServiceTests.this.comparisonService
				.compare(membership(membership));
			assertThat(groups).flatExtracting(ComparisonGroup::lines).isNotEmpty().allSatisfy((line) -> {
				assertThat(line.cpc()).as("CPC facts of %s", line.id()).isNotEmpty();
				assertThat(line.ccs()).as("CCS facts of %s", line.id()).isNotEmpty();
			});
		}

		@Test
		void groupsAndRowsFollowTheCatalog() {
			List<ComparisonGroup> groups = ComparisonServiceTests.this.comparisonService.compare(Answers.none());
			assertThat(groups).extracting(ComparisonGroup::title)
				.containsExactlyElementsOf(CATALOG.comparison().stream().map(ComparisonSection::title).toList());
			for (int i = 0; i < groups.size(); i++) {
				assertThat(groups.get(i).lines()).extracting(ComparisonLine::id, ComparisonLine::label)
					.containsExactlyElementsOf(CATALOG.comparison()
						.get(i)
						.rows()
						.stream()
						.map((row) -> tuple(row.id(), row.label()))
						.toList());
			}
		}

		@Test
		void includesTheRowsTheBriefAsksFor() {
			List<String> ids = ComparisonServiceTests.this.comparisonService.compare(Answers.none())
				.stream()
				.flatMap((group) -> group.lines().stream())
				.map(ComparisonLine::id)
				.toList();
			assertThat(ids).contains("issuer", "focus", "code-sets", "exam-fee", "membership", "retake", "ceus",
					"roles", "salary", "related", "next-steps");
		}

		@Test
		void answersOtherThanMembershipDoNotChangeTheComparison() {
			Answers answers = new Answers(Map.of("setting", "inpatient", "experience", "none", "goal", "lead-manage"));
			assertThat(ComparisonServiceTests.this.comparisonService.compare(answers))
				.isEqualTo(ComparisonServiceTests.this.comparisonService.compare(Answers.none()));
		}

		@Test
		void relatedCredentialsComeFromTheCatalogWithTheirSourcesResolved() {
			List<ShownCredential> related = ComparisonServiceTests.this.comparisonService.related().credentials();
			assertThat(related).extracting(ShownCredential::credential).containsExactlyElementsOf(CATALOG.related());
			assertThat(related).isNotEmpty()
				.allSatisfy((shown) -> assertThat(shown.provenance().source()).isNotNull()
					.isEqualTo(CATALOG.sources().get(shown.credential().source())));
		}

		@Test
		void theRelatedCredentialsSummaryLineCountsTheThirdPartyPriceOfTheCca() {
			Caveats caveats = ComparisonServiceTests.this.comparisonService.related().caveats();
			assertThat(caveats.thirdPartyPrices()).isOne();
			assertThat(caveats.priceSites()).containsExactly("ahima.org");
			assertThat(caveats.stale()).isEmpty();
		}

	}

	@Nested
	class MemberPrices {

		@Test
		void ahimaMembersSeeTheMemberCcsExamFeeOnly() {
			List<String> ccs = texts(line(membership("ahima"), "exam-fee").ccs());
			assertThat(ccs).anyMatch((text) -> text.contains(CCS_MEMBER_FEE))
				.noneMatch((text) -> text.contains(CCS_NON_MEMBER_FEE));
		}

		@ParameterizedTest(name = "membership={0}")
		@ValueSource(strings = { "none", "aapc" })
		void nonMembersOfAhimaSeeTheNonMemberCcsExamFeeOnly(String membership) {
			List<String> ccs = texts(line(membership(membership), "exam-fee").ccs());
			assertThat(ccs).anyMatch((text) -> text.contains(CCS_NON_MEMBER_FEE))
				.noneMatch((text) -> text.contains(CCS_MEMBER_FEE));
		}

		@Test
		void withoutAMembershipAnswerBothCcsExamFeesAreShown() {
			List<String> ccs = texts(line(Answers.none(), "exam-fee").ccs());
			assertThat(ccs).anyMatch((text) -> text.contains(CCS_MEMBER_FEE))
				.anyMatch((text) -> text.contains(CCS_NON_MEMBER_FEE));
		}

		@Test
		void cpcExamFeeDoesNotDependOnMembership() {
			List<String> withoutAnswer = texts(line(Answers.none(), "exam-fee").cpc());
			assertThat(texts(line(membership("aapc"), "exam-fee").cpc())).isEqualTo(withoutAnswer);
			assertThat(texts(line(membership("ahima"), "exam-fee").cpc())).isEqualTo(withoutAnswer);
		}

		@Test
		void aapcMembersSeeTheirMembershipFactInsteadOfTheDues() {
			ComparisonLine membershipRow = line(membership("aapc"), "membership");
			ComparisonLine everyone = line(Answers.none(), "membership");
			assertThat(membershipRow.cpc()).hasSize(1);
			assertThat(everyone.cpc()).hasSize(2)
				.extracting(ShownFact::text)
				.contains(membershipRow.cpc().get(0).text());
			assertThat(line(membership("none"), "membership").cpc()).hasSize(1)
				.extracting(ShownFact::text)
				.doesNotContain(membershipRow.cpc().get(0).text());
		}

		@Test
		void everyMembershipAnswerShowsOnlyTheFactsForItsAudience() {
			for (String membership : List.of("aapc", "ahima", "none")) {
				for (ComparisonSection section : CATALOG.comparison()) {
					for (ComparisonRow row : section.rows()) {
						ComparisonLine line = line(membership(membership), row.id());
						assertThat(texts(line.cpc())).as("CPC %s for %s", row.id(), membership)
							.containsExactlyElementsOf(expectedTexts(row.cells().get("CPC"), membership));
						assertThat(texts(line.ccs())).as("CCS %s for %s", row.id(), membership)
							.containsExactlyElementsOf(expectedTexts(row.cells().get("CCS"), membership));
					}
				}
			}
		}

		private List<String> expectedTexts(List<Fact> facts, String membership) {
			return facts.stream()
				.filter((fact) -> fact.audience() == null
						|| fact.audience().member() == fact.audience().membership().equals(membership))
				.map(Fact::text)
				.toList();
		}

	}

	@Nested
	class Personalised {

		@Test
		void memberFeePickedForAnAhimaMemberIsPersonalised() {
			ShownFact fee = line(membership("ahima"), "exam-fee").ccs()
				.stream()
				.filter((fact) -> fact.text().contains(CCS_MEMBER_FEE))
				.findFirst()
				.orElseThrow();
			assertThat(fee.personalised()).isTrue();
		}

		@Test
		void nonMemberFeePickedForANonMemberIsPersonalised() {
			ShownFact fee = line(membership("none"), "exam-fee").ccs()
				.stream()
				.filter((fact) -> fact.text().contains(CCS_NON_MEMBER_FEE))
				.findFirst()
				.orElseThrow();
			assertThat(fee.personalised()).isTrue();
		}

		@Test
		void nothingIsPersonalisedWithoutAMembershipAnswer() {
			assertThat(ComparisonServiceTests.this.comparisonService.compare(Answers.none()))
				.flatExtracting(ComparisonGroup::lines)
				.allSatisfy((line) -> {
					assertThat(line.cpc()).noneMatch(ShownFact::personalised);
					assertThat(line.ccs()).noneMatch(ShownFact::personalised);
				});
		}

		@Test
		void onlyFactsWithAnAudienceArePersonalised() {
			for (String membership : List.of("aapc", "ahima", "none")) {
				for (ComparisonSection section : CATALOG.comparison()) {
					for (ComparisonRow row : section.rows()) {
						ComparisonLine line = line(membership(membership), row.id());
						assertPersonalisedOnlyWithAudience(line.cpc(), row.cells().get("CPC"));
						assertPersonalisedOnlyWithAudience(line.ccs(), row.cells().get("CCS"));
					}
				}
			}
		}

		private void assertPersonalisedOnlyWithAudience(List<ShownFact> shown, List<Fact> facts) {
			for (ShownFact fact : shown) {
				Fact source = facts.stream().filter((f) -> f.text().equals(fact.text())).findFirst().orElseThrow();
				assertThat(fact.personalised()).as(fact.text()).isEqualTo(source.audience() != null);
			}
		}

	}

	@Nested
	class Sources {

		@Test
		void everyShownFactCarriesItsIdResolvedSourceDateKindAndEstimateFlag() {
			List<ComparisonGroup> groups = ComparisonServiceTests.this.comparisonService.compare(Answers.none());
			for (int i = 0; i < groups.size(); i++) {
				List<ComparisonRow> rows = CATALOG.comparison().get(i).rows();
				for (int j = 0; j < rows.size(); j++) {
					ComparisonLine line = groups.get(i).lines().get(j);
					assertMatches(line.cpc(), rows.get(j).cells().get("CPC"));
					assertMatches(line.ccs(), rows.get(j).cells().get("CCS"));
				}
			}
		}

		private void assertMatches(List<ShownFact> shown, List<Fact> facts) {
			assertThat(shown).hasSameSizeAs(facts);
			for (int k = 0; k < facts.size(); k++) {
				Fact fact = facts.get(k);
				ShownFact shownFact = shown.get(k);
				Provenance provenance = shownFact.provenance();
				assertThat(shownFact.text()).isEqualTo(fact.text());
				assertThat(provenance.source()).isNotNull().isEqualTo(CATALOG.sources().get(fact.source()));
				assertThat(provenance.asOf()).isEqualTo(fact.asOf());
				assertThat(provenance.kind()).isEqualTo(fact.kind());
				assertThat(provenance.estimate()).isEqualTo(fact.estimate());
				assertThat(provenance.checkAt())
					.isEqualTo((fact.checkAt() != null) ? CATALOG.sources().get(fact.checkAt()) : null);
			}
		}

		@Test
		void factsAreNamedByRowCertificationAndPlaceInTheCell() {
			assertThat(line(Answers.none(), "exam-fee").ccs()).extracting(ShownFact::id)
				.containsExactly("exam-fee.CCS[0]", "exam-fee.CCS[1]");
			assertThat(line(membership("none"), "exam-fee").ccs()).extracting(ShownFact::id)
				.containsExactly("exam-fee.CCS[1]");
		}

		@Test
		void aPriceOnlyAThirdPartySiteGivesNamesTheOfficialPageToCheckBeforePaying() {
			assertThat(line(Answers.none(), "exam-fee").cpc()).singleElement()
				.extracting(ShownFact::provenance)
				.satisfies((provenance) -> {
					assertThat(provenance.source().official()).isFalse();
					assertThat(provenance.thirdPartyPrice()).isTrue();
					assertThat(provenance.checkAt().title()).isEqualTo("AAPC: CPC exam FAQs");
					assertThat(provenance.checkSite()).isEqualTo("aapc.com");
				});
		}

		@Test
		void anOfficialFactIsCheckedOnItsOwnSite() {
			Provenance issuer = line(Answers.none(), "issuer").ccs().get(0).provenance();
			assertThat(issuer.thirdPartyPrice()).isFalse();
			assertThat(issuer.checkAt()).isNull();
			assertThat(issuer.checkSite()).isEqualTo("ahima.org");
		}

	}

	@Nested
	class Staleness {

		@Test
		void isJudgedByKindSoTheIssuerStaysCurrentWhileA2021PriceDoesNot() {
			assertThat(line(Answers.none(), "issuer").cpc().get(0).provenance().stale()).isFalse();
			assertThat(line(Answers.none(), "renewal-fee").ccs().get(0).provenance().stale()).isTrue();
			assertThat(line(Answers.none(), "focus").ccs().get(0).provenance().stale()).isTrue();
			assertThat(line(Answers.none(), "exam-fee").cpc().get(0).provenance().stale()).isFalse();
		}

		@Test
		void eachSectionSummarisesItsStaleFactsByKindAndItsThirdPartyPrices() {
			ComparisonGroup cost = ComparisonServiceTests.this.comparisonService.compare(Answers.none())
				.stream()
				.filter((group) -> group.title().equals("Cost"))
				.findFirst()
				.orElseThrow();
			assertThat(cost.caveats().stale()).extracting((stale) -> stale.kind().name(), Caveats.StaleKind::count)
				.containsExactly(tuple("the policies", 1), tuple("the prices", 1));
			assertThat(cost.caveats().staleSites()).containsExactly("ahima.org");
			assertThat(cost.caveats().thirdPartyPrices()).isEqualTo(5);
			assertThat(cost.caveats().priceSites()).containsExactly("aapc.com", "ahima.org");
		}

		@Test
		void aRowTheSameForBothIsCountedOnce() {
			ComparisonGroup work = ComparisonServiceTests.this.comparisonService.compare(Answers.none())
				.stream()
				.filter((group) -> group.title().equals("Work and pay"))
				.findFirst()
				.orElseThrow();
			assertThat(line(Answers.none(), "outlook").differs()).isFalse();
			assertThat(line(Answers.none(), "entry-pay").differs()).isFalse();
			assertThat(work.caveats().staleCount()).as("outlook, salary 2022, entry pay").isEqualTo(3);
		}

		@Test
		void aSectionWithNothingToCheckHasNoSummary() {
			ComparisonGroup eligibility = ComparisonServiceTests.this.comparisonService.compare(Answers.none())
				.stream()
				.filter((group) -> group.title().equals("Eligibility"))
				.findFirst()
				.orElseThrow();
			assertThat(eligibility.caveats().isEmpty()).isTrue();
		}

	}

	@Nested
	class Differences {

		@Test
		void keepOnlyRowsWhoseColumnsDiffer() {
			List<ComparisonLine> lines = comparisonService.differences(answers(), List.of()).get(0).lines();
			assertThat(lines).allMatch(ComparisonLine::differs);
			assertThat(lines).extracting(ComparisonLine::id).doesNotContain("outlook").contains("issuer", "ceus");
		}

		@Test
		void putRowsAboutTheStrongestAnswersFirstAndKeepCatalogOrderOtherwise() {
			List<String> ids = comparisonService
				.differences(answers("education", "him-degree", "timeline", "within-year"), List.of())
				.get(0)
				.lines()
				.stream()
				.map(ComparisonLine::id)
				.toList();
			assertThat(ids.subList(0, 3)).containsExactly("requirements", "background", "related");
			// Answered but leaning nowhere (timeline) still beats unanswered; ties keep
			// catalog order.
			assertThat(ids.subList(3, 10)).containsExactly("exam-questions", "delivery", "exam-fee", "retake", "ceus",
					"next-steps", "issuer");
		}

	}

	@Nested
	class AlsoConsider {

		@Test
		void suggestsCredentialsWhosePatternsMatchTheAnswers() {
			assertThat(
					comparisonService.alsoConsider(answers("experience", "none", "membership", "ahima")).credentials())
				.extracting((shown) -> shown.credential().id())
				.containsExactly("CPC-A", "CCA");
			assertThat(comparisonService
				.alsoConsider(answers("setting", "outpatient", "depth", "open", "experience", "outpatient"))
				.credentials()).extracting((shown) -> shown.credential().id()).containsExactly("COC");
		}

		@Test
		void needEveryConditionOfAPattern() {
			assertThat(comparisonService.alsoConsider(answers("setting", "outpatient")).isEmpty()).isTrue();
			assertThat(comparisonService.alsoConsider(answers()).isEmpty()).isTrue();
		}

	}

}
