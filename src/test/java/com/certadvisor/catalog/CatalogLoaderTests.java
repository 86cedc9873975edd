package com.certadvisor.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class CatalogLoaderTests {

	private static final String EMBEDDED = "catalog/cert-advisor-catalog.json";

	/**
	 * The questionnaire contract's question ids, in the order the questionnaire asks
	 * them.
	 */
	private static final List<String> CONTRACT_ORDER = List.of("setting", "role", "experience", "years", "education",
			"held", "depth", "timeline", "goal", "remote", "membership");

	private static final JsonMapper json = JsonMapper.builder().build();

	@Nested
	class EmbeddedCatalog {

		private final Catalog catalog = new CatalogLoader().load(new ClassPathResource(EMBEDDED));

		@Test
		void hasTheElevenContractQuestionsInContractOrder() {
			assertThat(this.catalog.questions()).extracting(Question::id).containsExactlyElementsOf(CONTRACT_ORDER);
			assertThat(CONTRACT_ORDER).containsExactlyInAnyOrderElementsOf(QuestionnaireContract.QUESTIONS.keySet());
		}

		@Test
		void offersExactlyTheContractOptionsForEveryQuestionInContractOrder() {
			for (Question question : this.catalog.questions()) {
				assertThat(question.options()).as(question.id())
					.extracting(Option::value)
					.containsExactlyElementsOf(QuestionnaireContract.QUESTIONS.get(question.id()));
			}
		}

		@Test
		void comparesTheTwoContractCertificationsInColumnOrder() {
			assertThat(this.catalog.certifications()).extracting(Certification::id).containsExactly("CPC", "CCS");
			assertThat(this.catalog.certification("CPC").issuer()).isEqualTo("AAPC");
			assertThat(this.catalog.certification("CCS").issuer()).isEqualTo("AHIMA");
		}

		@Test
		void hasAThresholdOfTwo() {
			assertThat(this.catalog.rules().threshold()).isEqualTo(2);
		}

		@Test
		void weighsEveryOptionOfEveryQuestionForBothCertifications() {
			for (Question question : this.catalog.questions()) {
				for (Option option : question.options()) {
					Weight weight = this.catalog.rules().weight(question.id(), option.value());
					assertThat(weight).as(question.id() + "=" + option.value()).isNotNull();
					assertThat(weight.points()).containsOnlyKeys("CPC", "CCS");
					assertThat(weight.reason()).isNotBlank();
				}
			}
		}

		@Test
		void citesAKnownSourceForEveryComparisonFact() {
			List<Fact> facts = facts(this.catalog);
			assertThat(facts).hasSizeGreaterThan(40);
			assertThat(facts).allSatisfy((fact) -> assertThat(this.catalog.sources()).containsKey(fact.source()));
			assertThat(this.catalog.related())
				.allSatisfy((credential) -> assertThat(this.catalog.sources()).containsKey(credential.source()));
		}

		@Test
		void datesEveryComparisonFactAndRelatedCredential() {
			assertThat(facts(this.catalog)).extracting(Fact::asOf).doesNotContainNull();
			assertThat(this.catalog.related()).extracting(RelatedCredential::asOf).doesNotContainNull();
		}

		@Test
		void keepsTheAsOfPrecisionTheFileGives() {
			Fact focus = this.catalog.comparison().get(0).rows().get(1).cells().get("CCS").get(0);
			assertThat(focus.asOf()).hasToString("2020");
			assertThat(focus.asOf().precision()).isEqualTo(AsOf.Precision.YEAR);
			Fact retake = this.catalog.comparison()
				.stream()
				.flatMap((section) -> section.rows().stream())
				.filter((row) -> row.id().equals("retake"))
				.findFirst()
				.orElseThrow()
				.cells()
				.get("CCS")
				.get(0);
			assertThat(retake.asOf()).hasToString("2023-09");
			assertThat(retake.asOf().precision()).isEqualTo(AsOf.Precision.MONTH);
		}

		@Test
		void readsAnAbsentEstimateAsFalseAndAnAbsentAudienceAsNull() {
			Fact issuer = this.catalog.comparison().get(0).rows().get(0).cells().get("CPC").get(0);
			assertThat(issuer.estimate()).isFalse();
			assertThat(issuer.audience()).isNull();
		}

		@Test
		void isImmutable() {
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> this.catalog.questions().remove(0));
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> this.catalog.sources().clear());
		}

		private static List<Fact> facts(Catalog catalog) {
			List<Fact> facts = new ArrayList<>();
			catalog.comparison()
				.forEach((section) -> section.rows().forEach((row) -> row.cells().values().forEach(facts::addAll)));
			return facts;
		}

	}

	@Nested
	class Questions {

		static Stream<Arguments> brokenQuestions() {
			return Stream.of(
					broken("rejects a duplicate option value",
							(root) -> array(root, "/questions/0/options").addObject()
								.put("value", "outpatient")
								.put("label", "Outpatient again"),
							"$.questions[0].options[5].value: duplicate option 'outpatient'"),
					broken("rejects an option value the contract does not have", (root) -> {
						array(root, "/questions/0/options").addObject().put("value", "hybrid").put("label", "Hybrid");
						object(root, "/rules/weights/setting").set("hybrid",
								object(root, "/rules/weights/setting/unsure"));
					}, "$.questions[0].options[5].value: unknown option 'hybrid' for question 'setting';"
							+ " the contract has [outpatient, hospital-outpatient, inpatient, health-plan, unsure]"),
					broken("rejects a question without one of the contract options", (root) -> {
						array(root, "/questions/0/options").remove(4);
						object(root, "/rules/weights/setting").remove("unsure");
					}, "$.questions[0].options: missing option 'unsure'"),
					broken("rejects a catalog without one of the contract questions", (root) -> {
						array(root, "/questions").remove(10);
						forget(root, "membership");
					}, "$.questions: missing question 'membership'"),
					broken("rejects a question the contract does not have", (root) -> {
						object(root, "/questions/2").put("id", "experiance");
						forget(root, "experience");
					}, "$.questions[2].id: unknown question id 'experiance'; the questionnaire contract has "
							+ QuestionnaireContract.QUESTIONS.keySet(), "$.questions: missing question 'experience'",
							"$.rules.weights: no weights for question 'experiance'"),
					broken("rejects a duplicate question",
							(root) -> array(root, "/questions").add(object(root, "/questions/0").deepCopy()),
							"$.questions[11].id: duplicate question id 'setting'"),
					broken("rejects an option without a label",
							(root) -> object(root, "/questions/1/options/2").remove("label"),
							"$.questions[1].options[2]: 'label' is missing or blank"),
					broken("rejects a question without options",
							(root) -> object(root, "/questions/4").putArray("options"),
							"$.questions[4]: 'options' is missing or empty"),
					broken("rejects a follow-up that follows from a later question",
							(root) -> object(root, "/questions/3").putArray("askedWhen")
								.addObject()
								.putArray("depth")
								.add("eager"),
							"$.questions[3].askedWhen[0].depth: a question follows from earlier questions only,"
									+ " and 'depth' is not before it"),
					broken("rejects a follow-up that follows from itself",
							(root) -> object(root, "/questions/3").putArray("askedWhen")
								.addObject()
								.putArray("years")
								.add("1-2"),
							"$.questions[3].askedWhen[0].years: a question follows from earlier questions only,"
									+ " and 'years' is not before it"),
					broken("rejects a follow-up on an option its question does not have",
							(root) -> object(root, "/questions/5").putArray("askedWhen")
								.addObject()
								.putArray("education")
								.add("diploma"),
							"$.questions[5].askedWhen[0].education: unknown option 'diploma' for question 'education'"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("brokenQuestions")
		void rejectsAQuestionnaireThatBreaksTheContract(String behaviour, Consumer<ObjectNode> mutation,
				List<String> problems) {
			assertProblems(mutation, problems);
		}

	}

	@Nested
	class Weights {

		static Stream<Arguments> brokenWeights() {
			return Stream.of(
					broken("rejects an unknown certification id in points",
							(root) -> object(root, "/rules/weights/setting/outpatient/points").put("CPX", 1),
							"$.rules.weights.setting.outpatient.points.CPX: unknown certification id 'CPX'"),
					broken("rejects points that leave out a certification",
							(root) -> object(root, "/rules/weights/goal/unsure/points").remove("CCS"),
							"$.rules.weights.goal.unsure.points: missing certification 'CCS'"),
					broken("rejects a weight for a question that does not exist", (root) -> {
						ObjectNode weights = object(root, "/rules/weights");
						weights.set("settng", weights.remove("setting"));
					}, "$.rules.weights.settng: weight for question 'settng', which does not exist",
							"$.rules.weights: no weights for question 'setting'"),
					broken("rejects a weight for an option the question does not have",
							(root) -> object(root, "/rules/weights/depth").set("keen",
									object(root, "/rules/weights/depth/eager").deepCopy()),
							"$.rules.weights.depth.keen: weight for option 'keen', which question 'depth' does not have"),
					broken("rejects an option without a weight",
							(root) -> object(root, "/rules/weights/setting").remove("unsure"),
							"$.rules.weights.setting: no weight for option 'unsure'"),
					broken("rejects more than 100 points",
							(root) -> object(root, "/rules/weights/role/inpatient-coder/points").put("CCS", 101),
							"$.rules.weights.role.inpatient-coder.points.CCS: points must be between -100 and 100, not 101"),
					broken("rejects fewer than -100 points",
							(root) -> object(root, "/rules/weights/role/inpatient-coder/points").put("CPC", -101),
							"$.rules.weights.role.inpatient-coder.points.CPC: points must be between -100 and 100, not -101"),
					broken("rejects a weight that adds points without the source of its reason",
							(root) -> object(root, "/rules/weights/setting/inpatient").remove("source"),
							"$.rules.weights.setting.inpatient.source: a weight that adds points needs the source that"
									+ " says its reason; add its id from $.sources"),
					broken("rejects a reason citing an unknown source",
							(root) -> object(root, "/rules/weights/setting/inpatient").put("source", "H99"),
							"$.rules.weights.setting.inpatient.source: unknown source 'H99'; add it to $.sources"),
					broken("rejects a weight without a reason",
							(root) -> object(root, "/rules/weights/timeline/asap").put("reason", " "),
							"$.rules.weights.timeline.asap: 'reason' is missing or blank"),
					broken("rejects a missing threshold", (root) -> object(root, "/rules").remove("threshold"),
							"$.rules: 'threshold' must be a whole number of 0 or more"),
					broken("rejects a negative threshold", (root) -> object(root, "/rules").put("threshold", -1),
							"$.rules: 'threshold' must be a whole number of 0 or more"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("brokenWeights")
		void rejectsBrokenScoringRules(String behaviour, Consumer<ObjectNode> mutation, List<String> problems) {
			assertProblems(mutation, problems);
		}

		@Test
		void acceptsPointsOfExactlyPlusOrMinus100() {
			Catalog catalog = load((root) -> object(root, "/rules/weights/setting/outpatient/points").put("CPC", 100)
				.put("CCS", -100));
			assertThat(catalog.rules().weight("setting", "outpatient").pointsFor("CPC")).isEqualTo(100);
			assertThat(catalog.rules().weight("setting", "outpatient").pointsFor("CCS")).isEqualTo(-100);
		}

		@Test
		void acceptsAThresholdOfZero() {
			Catalog catalog = load((root) -> object(root, "/rules").put("threshold", 0));
			assertThat(catalog.rules().threshold()).isZero();
		}

	}

	@Nested
	class FactsAndSources {

		static Stream<Arguments> brokenFacts() {
			return Stream.of(
					broken("rejects a fact citing an unknown source",
							(root) -> object(root, "/comparison/0/rows/0/cells/CPC/0").put("source", "Z9"),
							"$.comparison[0].rows[0].cells.CPC[0].source: unknown source 'Z9'; add it to $.sources"),
					broken("rejects a related credential citing an unknown source",
							(root) -> object(root, "/related/3").put("source", "S41"),
							"$.related[3].source: unknown source 'S41'; add it to $.sources"),
					broken("rejects a fact without asOf",
							(root) -> object(root, "/comparison/1/rows/2/cells/CCS/0").remove("asOf"),
							"$.comparison[1].rows[2].cells.CCS[0]: 'asOf' is missing"),
					broken("rejects a related credential without asOf",
							(root) -> object(root, "/related/0").remove("asOf"), "$.related[0]: 'asOf' is missing"),
					broken("rejects a badly formatted asOf",
							(root) -> object(root, "/comparison/0/rows/1/cells/CPC/0").put("asOf", "2023/09"),
							"$.comparison[0].rows[1].cells.CPC[0].asOf:"
									+ " 'asOf' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not '2023/09'"),
					broken("rejects an asOf month that does not exist",
							(root) -> object(root, "/comparison/0/rows/1/cells/CPC/0").put("asOf", "2023-13"),
							"$.comparison[0].rows[1].cells.CPC[0].asOf:"
									+ " 'asOf' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not '2023-13'"),
					broken("rejects a fact without text",
							(root) -> object(root, "/comparison/0/rows/0/cells/CCS/0").put("text", ""),
							"$.comparison[0].rows[0].cells.CCS[0]: 'text' is missing or blank"),
					broken("rejects a source without a title", (root) -> object(root, "/sources/H1").remove("title"),
							"$.sources.H1: 'title' is missing or blank"),
					broken("rejects a source without a url", (root) -> object(root, "/sources/A3").remove("url"),
							"$.sources.A3: 'url' must be an absolute http or https address"),
					broken("rejects a source with a url that is not http or https",
							(root) -> object(root, "/sources/A3").put("url", "ftp://www.aapc.com/cpc-exam-faqs"),
							"$.sources.A3: 'url' must be an absolute http or https address"),
					broken("rejects a source with a relative url",
							(root) -> object(root, "/sources/A3").put("url", "/resources/cpc-exam-faqs"),
							"$.sources.A3: 'url' must be an absolute http or https address"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("brokenFacts")
		void rejectsFactsThatCannotBeTraced(String behaviour, Consumer<ObjectNode> mutation, List<String> problems) {
			assertProblems(mutation, problems);
		}

		@Test
		void acceptsAPlainHttpUrl() {
			Catalog catalog = load((root) -> object(root, "/sources/A3").put("url", "http://www.aapc.com/faq"));
			assertThat(catalog.source("A3").url()).hasToString("http://www.aapc.com/faq");
		}

	}

	@Nested
	class KindsAndTiers {

		static Stream<Arguments> brokenProvenance() {
			return Stream.of(
					broken("rejects a fact without a kind",
							(root) -> object(root, "/comparison/0/rows/0/cells/CPC/0").remove("kind"),
							"$.comparison[0].rows[0].cells.CPC[0]: 'kind' is missing or blank"),
					broken("rejects a fact of a kind the catalog does not define",
							(root) -> object(root, "/comparison/1/rows/0/cells/CCS/0").put("kind", "rule"),
							"$.comparison[1].rows[0].cells.CCS[0].kind: unknown kind 'rule'; the catalog's kinds are"
									+ " [price, exam-rule, policy, identity, labour-market, guidance]"),
					broken("rejects a related credential of an unknown kind",
							(root) -> object(root, "/related/0").put("kind", "credential"),
							"$.related[0].kind: unknown kind 'credential'; the catalog's kinds are"
									+ " [price, exam-rule, policy, identity, labour-market, guidance]"),
					broken("rejects a next step without a kind",
							(root) -> object(root, "/planning/nextSteps/CPC/0").remove("kind"),
							"$.planning.nextSteps.CPC[0]: 'kind' is missing or blank"),
					broken("rejects a milestone rule of an unknown kind",
							(root) -> object(root, "/planning/milestones/CCS/1/rules/0").put("kind", "deadline"),
							"$.planning.milestones.CCS[1].rules[0].kind: unknown kind 'deadline'; the catalog's kinds"
									+ " are [price, exam-rule, policy, identity, labour-market, guidance]"),
					broken("rejects a cost without a kind", (root) -> object(root, "/costs/CCS/3").put("kind", " "),
							"$.costs.CCS[3]: 'kind' is missing or blank"),
					broken("rejects a catalog without kinds", (root) -> root.remove("kinds"),
							"$: 'kinds' is missing or empty"),
					broken("rejects a kind without a shelf life",
							(root) -> object(root, "/kinds/price").remove("shelfLife"),
							"$.kinds.price: 'shelfLife' must be a positive number of months or years, such as P12M"),
					broken("rejects a shelf life in days",
							(root) -> object(root, "/kinds/price").put("shelfLife", "P365D"),
							"$.kinds.price: 'shelfLife' must be a positive number of months or years, such as P12M"),
					broken("rejects a kind without a name", (root) -> object(root, "/kinds/policy").remove("name"),
							"$.kinds.policy: 'name' is missing or blank"),
					broken("rejects a source without a tier", (root) -> object(root, "/sources/A2").remove("tier"),
							"$.sources.A2: 'tier' must be official or third-party, not missing"),
					broken("rejects a tier that is neither official nor third-party",
							(root) -> object(root, "/sources/S11").put("tier", "blog"),
							"$.sources.S11.tier: 'tier' must be official or third-party, not 'blog'"),
					broken("rejects a source without a publisher",
							(root) -> object(root, "/sources/H1").remove("publisher"),
							"$.sources.H1: 'publisher' is missing or blank"),
					broken("rejects a third-party price without the official page to check it on",
							(root) -> object(root, "/comparison/3/rows/0/cells/CPC/0").remove("checkAt"),
							"$.comparison[3].rows[0].cells.CPC[0].checkAt: a price resting on the third-party source 'S11'"
									+ " needs checkAt: the official page to check it against before paying"),
					broken("rejects a third-party price cost without the official page to check it on",
							(root) -> object(root, "/costs/CPC/0").remove("checkAt"),
							"$.costs.CPC[0].checkAt: a price resting on the third-party source 'S11' needs checkAt: the"
									+ " official page to check it against before paying"),
					broken("rejects checking a fact against an unknown source",
							(root) -> object(root, "/related/3").put("checkAt", "H99"),
							"$.related[3].checkAt: unknown source 'H99'; add it to $.sources"),
					broken("rejects checking a fact against a third-party source",
							(root) -> object(root, "/comparison/3/rows/0/cells/CPC/0").put("checkAt", "S14"),
							"$.comparison[3].rows[0].cells.CPC[0].checkAt: 'S14' is a third-party source; checkAt names"
									+ " the official page to check a fact against"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("brokenProvenance")
		void rejectsAFactThatCannotSayHowSureItIs(String behaviour, Consumer<ObjectNode> mutation,
				List<String> problems) {
			assertProblems(mutation, problems);
		}

		@Test
		void everyFactOfTheEmbeddedCatalogNamesAKindItDefines() {
			Catalog catalog = new CatalogLoader().load(new ClassPathResource(EMBEDDED));
			assertThat(catalog.facts()).hasSizeGreaterThan(70)
				.allSatisfy((fact) -> assertThat(catalog.kinds()).containsKey(fact.fact().kind()));
		}

		@Test
		void everySourceOfTheEmbeddedCatalogHasATier() {
			Catalog catalog = new CatalogLoader().load(new ClassPathResource(EMBEDDED));
			assertThat(catalog.sources().values()).extracting(Source::tier).doesNotContainNull();
			assertThat(catalog.sources().entrySet())
				.allSatisfy((entry) -> assertThat(entry.getValue().official()).as(entry.getKey())
					.isEqualTo(!entry.getKey().startsWith("S")));
		}

	}

	@Nested
	class EditionsAndChanges {

		static Stream<Arguments> brokenChanges() {
			return Stream.of(
					broken("rejects a version that is not an edition", (root) -> root.put("version", "school-1"),
							"$: 'version': an edition is a date written YYYY-MM-DD, optionally followed by .2, .3 …,"
									+ " not 'school-1'"),
					broken("rejects a change citing an unknown source",
							(root) -> object(root, "/changes/0").put("source", "H99"),
							"$.changes[0].source: unknown source 'H99'; add it to $.sources"),
					broken("rejects a change from a later edition than the catalog's",
							(root) -> object(root, "/changes/1").put("edition", "2027-01-01"),
							"$.changes[1].edition: edition 2027-01-01 is later than the catalog's version 2026-12-07.4"),
					broken("rejects a change with a malformed edition",
							(root) -> object(root, "/changes/2").put("edition", "December"),
							"$.changes[2].edition: an edition is a date written YYYY-MM-DD, optionally followed by .2, .3"
									+ " …, not 'December'"),
					broken("rejects a change without a summary", (root) -> object(root, "/changes/0").remove("summary"),
							"$.changes[0]: 'summary' is missing or blank"),
					broken("rejects a conflict citing an unknown source",
							(root) -> array(root, "/conflicts/1/sources").add("S99"),
							"$.conflicts[1].sources[3]: unknown source 'S99'; add it to $.sources"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("brokenChanges")
		void rejectsChangesThatCannotBeTraced(String behaviour, Consumer<ObjectNode> mutation, List<String> problems) {
			assertProblems(mutation, problems);
		}

		@Test
		void acceptsASecondEditionOfTheSameDay() {
			assertThat(load((root) -> root.put("version", "2026-12-07.5")).edition())
				.isEqualTo(new Edition(java.time.LocalDate.of(2026, 12, 7), 5));
		}

		@Test
		void acceptsACatalogWithoutChangesOrConflicts() {
			Catalog catalog = load((root) -> {
				root.remove("changes");
				root.remove("conflicts");
			});
			assertThat(catalog.changes()).isEmpty();
			assertThat(catalog.conflicts()).isEmpty();
		}

	}

	@Nested
	class Comparison {

		static Stream<Arguments> brokenComparisons() {
			return Stream.of(
					broken("rejects an audience with an unknown membership",
							(root) -> object(root, "/comparison/3/rows/0/cells/CCS/0/audience").put("membership",
									"acme"),
							"$.comparison[3].rows[0].cells.CCS[0].audience.membership: unknown membership 'acme';"
									+ " expected a body the membership question names: aapc or ahima"),
					broken("rejects an audience for the membership answer none",
							(root) -> object(root, "/comparison/3/rows/1/cells/CPC/1/audience").put("membership",
									"none"),
							"$.comparison[3].rows[1].cells.CPC[1].audience.membership: unknown membership 'none';"
									+ " expected a body the membership question names: aapc or ahima"),
					broken("rejects an audience that does not say whether it means members",
							(root) -> object(root, "/comparison/3/rows/0/cells/CCS/1/audience").remove("member"),
							"$.comparison[3].rows[0].cells.CCS[1].audience: 'member' is missing"),
					broken("rejects a duplicate row id in the same section",
							(root) -> object(root, "/comparison/0/rows/1").put("id", "issuer"),
							"$.comparison[0].rows[1].id: duplicate row id 'issuer'"),
					broken("rejects a duplicate row id in another section",
							(root) -> object(root, "/comparison/4/rows/0").put("id", "pass-mark"),
							"$.comparison[4].rows[0].id: duplicate row id 'pass-mark'"),
					broken("rejects a duplicate section id", (root) -> object(root, "/comparison/2").put("id", "about"),
							"$.comparison[2].id: duplicate section id 'about'"),
					broken("rejects a cell for an unknown certification",
							(root) -> object(root, "/comparison/0/rows/0/cells").set("CCA",
									object(root, "/comparison/0/rows/0/cells").get("CCS").deepCopy()),
							"$.comparison[0].rows[0].cells.CCA: unknown certification id 'CCA'"),
					broken("rejects a row without a cell for one certification",
							(root) -> object(root, "/comparison/5/rows/3/cells").remove("CPC"),
							"$.comparison[5].rows[3].cells: missing certification 'CPC'"),
					broken("rejects an empty cell",
							(root) -> object(root, "/comparison/5/rows/3/cells").putArray("CCS"),
							"$.comparison[5].rows[3]: 'cells.CCS' is missing or empty"),
					broken("rejects a duplicate related credential",
							(root) -> object(root, "/related/5").put("id", "CCA"),
							"$.related[5].id: duplicate related credential 'CCA'"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("brokenComparisons")
		void rejectsABrokenComparison(String behaviour, Consumer<ObjectNode> mutation, List<String> problems) {
			assertProblems(mutation, problems);
		}

	}

	@Nested
	class Translations {

		private ObjectNode withTranslations() {
			return (ObjectNode) json.readTree(embeddedBytes());
		}

		private InvalidCatalogException failure(ObjectNode root) {
			return loadFailure(new ByteArrayResource(json.writeValueAsBytes(root), "broken catalog"));
		}

		@Test
		void theEmbeddedCatalogIsFullyTranslatedIntoSpanish() {
			Catalog catalog = new CatalogLoader().load(new ClassPathResource(EMBEDDED));
			assertThat(catalog.translations()).containsOnlyKeys("es");
			assertThat(catalog.texts().values())
				.allSatisfy((text) -> assertThat(catalog.translate(text, "es")).isNotBlank());
			assertThat(catalog.translate("Where would you like to work?", "es"))
				.isNotEqualTo("Where would you like to work?");
			assertThat(catalog.translate("Where would you like to work?", "fr"))
				.isEqualTo("Where would you like to work?");
		}

		@Test
		void rejectsACatalogTextWithoutATranslation() {
			ObjectNode root = withTranslations();
			object(root, "/translations/es").remove("Where would you like to work?");
			assertThat(failure(root).getProblems()).containsExactly(
					"$.translations.es: no translation of $.questions[0].text (\"Where would you like to work?\")");
		}

		@Test
		void rejectsATranslationOfATextTheCatalogDoesNotHave() {
			ObjectNode root = withTranslations();
			object(root, "/translations/es").put("Where do you live?", "¿Dónde vives?");
			assertThat(failure(root).getProblems()).containsExactly(
					"$.translations.es: translation of a text the catalog does not have: \"Where do you live?\"");
		}

		@Test
		void rejectsATranslationIntoEnglishOrAnUnknownCode() {
			ObjectNode root = withTranslations();
			root.set("translations", json.createObjectNode().set("english", object(root, "/translations/es")));
			assertThat(failure(root).getProblems()).containsExactly(
					"$.translations.english: a translation needs a two-letter language code other than en");
		}

	}

	@Nested
	class CostsAndRelevance {

		static Stream<Arguments> brokenExtras() {
			return Stream.of(
					broken("rejects a row topic that is not a question",
							(root) -> array(root, "/comparison/0/rows/0/topics").add("salary"),
							"$.comparison[0].rows[0].topics[1]: unknown question 'salary'"),
					broken("rejects a relevance pattern naming an unknown question",
							(root) -> object(root, "/related/0/relevantWhen/0").putArray("salary").add("high"),
							"$.related[0].relevantWhen[0].salary: unknown question 'salary'"),
					broken("rejects a relevance pattern naming an unknown option",
							(root) -> array(root, "/related/0/relevantWhen/0/experience").add("lots"),
							"$.related[0].relevantWhen[0].experience: unknown option 'lots' for question 'experience'"),
					broken("rejects a lane naming an unknown option",
							(root) -> array(root, "/lanes/0/when/0/setting").add("space-station"),
							"$.lanes[0].when[0].setting: unknown option 'space-station' for question 'setting'"),
					broken("rejects a lane's exception naming an unknown question",
							(root) -> object(root, "/lanes/5/unless/0").putArray("salary").add("high"),
							"$.lanes[5].unless[0].salary: unknown question 'salary'"),
					broken("rejects a lane citing an unknown source",
							(root) -> object(root, "/lanes/0").put("source", "A99"),
							"$.lanes[0].source: unknown source 'A99'; add it to $.sources"),
					broken("rejects a lane for a credential named twice",
							(root) -> object(root, "/lanes/1").put("id", "CRC"),
							"$.lanes[1].id: duplicate credential 'CRC'; a lane names one credential once"),
					broken("rejects a lane that nothing points to", (root) -> object(root, "/lanes/0").putArray("when"),
							"$.lanes[0]: 'when' is missing or empty"),
					broken("rejects costs for an unknown certification",
							(root) -> object(root, "/costs").set("CCA", array(root, "/costs/CPC").deepCopy()),
							"$.costs.CCA: unknown certification id 'CCA'"),
					broken("rejects a cost citing an unknown source",
							(root) -> object(root, "/costs/CCS/3").put("source", "H99"),
							"$.costs.CCS[3].source: unknown source 'H99'; add it to $.sources"),
					broken("rejects a cost for an unknown membership",
							(root) -> object(root, "/costs/CCS/0/audience").put("membership", "acme"),
							"$.costs.CCS[0].audience.membership: unknown membership 'acme'; expected a body the membership"
									+ " question names: aapc or ahima"),
					broken("rejects a negative cost", (root) -> object(root, "/costs/CPC/0").put("amount", -1),
							"$.costs.CPC[0]: 'amount' must not be negative"),
					broken("rejects a cost without a period", (root) -> object(root, "/costs/CPC/1").remove("per"),
							"$.costs.CPC[1]: 'per' is missing; use ONCE, YEAR or TWO_YEARS"),
					broken("rejects a range whose high end is below its low end",
							(root) -> object(root, "/costs/CPC/5").put("upTo", 1000),
							"$.costs.CPC[5]: 'upTo' is the high end of a range: it needs an 'amount' no higher"),
					broken("rejects a range without a low end",
							(root) -> object(root, "/costs/CPC/5").putNull("amount"),
							"$.costs.CPC[5]: 'upTo' is the high end of a range: it needs an 'amount' no higher"),
					broken("rejects a cost on an unknown route",
							(root) -> array(root, "/costs/CPC/4/routes").add("bootcamp"),
							"$.costs.CPC[4].routes: unknown route 'bootcamp'; the catalog's routes are"
									+ " [issuer-course, self-study, college, after-course]"),
					broken("rejects a cost ruled out by an unknown question",
							(root) -> object(root, "/costs/CPC/0/unless/0").putArray("salary").add("high"),
							"$.costs.CPC[0].unless[0].salary: unknown question 'salary'"),
					broken("rejects an education answer shown two routes first",
							(root) -> array(root, "/costRoutes/2/firstFor").add("none"),
							"$.costRoutes[2].firstFor: 'none' already has a route shown first; each answer has one"),
					broken("rejects a route shown first for an unknown education answer",
							(root) -> array(root, "/costRoutes/2/firstFor").add("bootcamp"),
							"$.costRoutes[2].firstFor: unknown option 'bootcamp' for question 'education'"),
					broken("rejects ways to prepare without one for no answer",
							(root) -> object(root, "/costRoutes/0").remove("fallback"),
							"$.costRoutes: exactly one route needs \"fallback\": true, shown first when education is not"
									+ " answered; found 0"),
					broken("rejects a funding route without its source",
							(root) -> object(root, "/funding/1").remove("source"),
							"$.funding[1]: 'source' is missing or blank"),
					broken("rejects a funding route called for by an unknown question",
							(root) -> object(root, "/funding/0/when/0").putArray("salary").add("high"),
							"$.funding[0].when[0].salary: unknown question 'salary'"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("brokenExtras")
		void rejectsABrokenCostOrRelevance(String behaviour, Consumer<ObjectNode> mutation, List<String> problems) {
			assertProblems(mutation, problems);
		}

	}

	@Nested
	class Planning {

		static Stream<Arguments> brokenPlanning() {
			return Stream.of(
					broken("rejects next steps without one of the certifications",
							(root) -> object(root, "/planning/nextSteps").remove("CCS"),
							"$.planning.nextSteps: missing certification 'CCS'"),
					broken("rejects a next step citing an unknown source",
							(root) -> object(root, "/planning/nextSteps/CPC/0").put("source", "S99"),
							"$.planning.nextSteps.CPC[0].source: unknown source 'S99'; add it to $.sources"),
					broken("rejects a next step resting on a third-party source without an official page to link",
							(root) -> object(root, "/planning/nextSteps/CPC/2").remove("checkAt"),
							"$.planning.nextSteps.CPC[2].checkAt: a next step links to an official page: name one in"
									+ " checkAt, since 'S13' is a third-party source"),
					broken("rejects a milestone without a label",
							(root) -> object(root, "/planning/milestones/CPC/1").remove("label"),
							"$.planning.milestones.CPC[1]: 'label' is missing or blank"),
					broken("rejects a milestone after one listed later",
							(root) -> object(root, "/planning/milestones/CPC/1").put("after", "ceus"),
							"$.planning.milestones.CPC[1].after: 'ceus' is not the start or a milestone listed before"
									+ " this one; expected one of [start, study]"),
					broken("rejects a milestone after one that has no date",
							(root) -> object(root, "/planning/milestones/CPC/4").put("after", "retake"),
							"$.planning.milestones.CPC[4].after: 'retake' has no date to come after"),
					broken("rejects a duplicate milestone",
							(root) -> object(root, "/planning/milestones/CCS/4").put("id", "apply"),
							"$.planning.milestones.CCS[4].id: duplicate milestone 'apply'"),
					broken("rejects a credential without an exam milestone", (root) -> {
						object(root, "/planning/milestones/CCS/3").put("id", "sit");
						object(root, "/planning/milestones/CCS/5").put("after", "sit");
						object(root, "/planning/milestones/CCS/6").put("after", "sit");
					}, "$.planning.milestones.CCS: missing milestone 'exam'"),
					broken("rejects a last rule with a when, which would leave some answers without a date",
							(root) -> object(root, "/planning/milestones/CPC/0/rules/5").set("when",
									array(root, "/planning/milestones/CPC/0/rules/4/when").deepCopy()),
							"$.planning.milestones.CPC[0].rules: the last rule must have no 'when', so that every set"
									+ " of answers has a date"),
					broken("rejects a milestone rule naming an unknown option",
							(root) -> array(root, "/planning/milestones/CPC/0/rules/2/when/0/timeline").add("someday"),
							"$.planning.milestones.CPC[0].rules[2].when[0].timeline: unknown option 'someday' for"
									+ " question 'timeline'"),
					broken("rejects leaving out the exam milestone, which marks when the credential is held",
							(root) -> object(root, "/planning/milestones/CPC/1/rules/0").put("skip", true),
							"$.planning.milestones.CPC[1].rules[0].skip: the exam milestone marks when the credential is"
									+ " held and cannot be left out; give it a 'label' instead"),
					broken("rejects a pathway exception naming an unknown option",
							(root) -> array(root, "/planning/pathways/0/unless/0/held").add("phd"),
							"$.planning.pathways[0].unless[0].held: unknown option 'phd' for question 'held'"),
					broken("rejects a pathway step giving an answer to an unknown question",
							(root) -> object(root, "/planning/pathways/0/steps/1/gives").put("salary", "high"),
							"$.planning.pathways[0].steps[1].gives[0].salary: unknown question 'salary'"),
					broken("rejects a pathway whose when names an unknown question",
							(root) -> object(root, "/planning/pathways/0/when/0").putArray("salary").add("high"),
							"$.planning.pathways[0].when[0].salary: unknown question 'salary'"),
					broken("rejects a pathway step naming an unknown certification",
							(root) -> object(root, "/planning/pathways/1/steps/0").put("certification", "CCA"),
							"$.planning.pathways[1].steps[0].certification: unknown certification id 'CCA'"),
					broken("rejects a pathway citing an unknown source",
							(root) -> object(root, "/planning/pathways/1").put("source", "H99"),
							"$.planning.pathways[1].source: unknown source 'H99'; add it to $.sources"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("brokenPlanning")
		void rejectsABrokenPlanWithItsJsonPath(String behaviour, Consumer<ObjectNode> mutation, List<String> problems) {
			assertProblems(mutation, problems);
		}

		@Test
		void readsOffsetsAsPeriodsAndAnAbsentOffsetAsNoDate() {
			Catalog catalog = new CatalogLoader().load(new ClassPathResource(EMBEDDED));
			List<Milestone> ccs = catalog.planning().milestones().get("CCS");
			assertThat(ccs).extracting(Milestone::id)
				.containsExactly("background", "study", "apply", "exam", "window", "retake", "ceus");
			assertThat(ccs.get(4).rules().get(0).offset()).isEqualTo(Period.ofDays(120));
			assertThat(ccs.get(0).rules().get(0).skip()).isTrue();
			assertThat(catalog.planning().milestones().get("CPC").get(2).rules().get(0).offset()).isNull();
		}

	}

	@Nested
	class Certifications {

		static Stream<Arguments> brokenCertifications() {
			return Stream.of(
					broken("rejects an unknown certification id",
							(root) -> object(root, "/certifications/1").put("id", "CCS-P"),
							"$.certifications[1].id: unknown certification id 'CCS-P'; expected one of [CPC, CCS]",
							"$.certifications: missing certification 'CCS'"),
					broken("rejects a duplicate certification",
							(root) -> array(root, "/certifications").add(object(root, "/certifications/0").deepCopy()),
							"$.certifications[2].id: duplicate certification id 'CPC'"),
					broken("rejects a certification without an issuer",
							(root) -> object(root, "/certifications/0").remove("issuer"),
							"$.certifications[0]: 'issuer' is missing or blank"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("brokenCertifications")
		void rejectsBrokenCertifications(String behaviour, Consumer<ObjectNode> mutation, List<String> problems) {
			assertProblems(mutation, problems);
		}

	}

	@Nested
	class Files {

		@Test
		void rejectsAnUnknownPropertyNamingWhereItIs() {
			InvalidCatalogException ex = loadFailure((root) -> {
				ObjectNode option = object(root, "/questions/3/options/2");
				option.set("hnit", option.remove("hint"));
			});
			assertThat(ex.getProblems()).singleElement()
				.asString()
				.startsWith("$.questions[3].options[2].hnit: ")
				.contains("\"hnit\"")
				.contains("Option");
		}

		@Test
		void rejectsATypoInARequiredPropertyAsTheMissingProperty() {
			InvalidCatalogException ex = loadFailure((root) -> {
				ObjectNode option = object(root, "/questions/3/options/2");
				option.set("lable", option.remove("label"));
			});
			assertThat(ex.getProblems()).containsExactly("$.questions[3].options[2]: 'label' is missing or blank");
		}

		@Test
		void rejectsAnUnknownTopLevelProperty() {
			InvalidCatalogException ex = loadFailure((root) -> root.put("verison", "2026-11-27"));
			assertThat(ex.getProblems()).singleElement().asString().startsWith("$.verison: ").contains("\"verison\"");
		}

		@Test
		void rejectsMalformedJson() {
			String text = new String(embeddedBytes(), StandardCharsets.UTF_8);
			String truncated = text.substring(0, text.indexOf("\"sources\""));
			InvalidCatalogException ex = loadFailure(bytes(truncated));
			assertThat(ex.getProblems()).singleElement()
				.asString()
				.startsWith("$: ")
				.containsIgnoringCase("end-of-input");
		}

		@Test
		void namesTheObjectMalformedJsonBreaksOffIn() {
			String text = new String(embeddedBytes(), StandardCharsets.UTF_8);
			String truncated = text.substring(0, text.indexOf("\"text\": \"How do you feel"));
			InvalidCatalogException ex = loadFailure(bytes(truncated));
			assertThat(ex.getProblems()).singleElement()
				.asString()
				.startsWith("$.questions[6]")
				.containsIgnoringCase("end-of-input");
		}

		@Test
		void rejectsTrailingContentAfterTheCatalog() {
			String text = new String(embeddedBytes(), StandardCharsets.UTF_8) + "\n{}";
			InvalidCatalogException ex = loadFailure(bytes(text));
			assertThat(ex.getProblems()).singleElement()
				.asString()
				.startsWith("$: ")
				.containsIgnoringCase("trailing token");
		}

		@Test
		void rejectsAnEmptyFile() {
			InvalidCatalogException ex = loadFailure(bytes(""));
			assertThat(ex.getProblems()).singleElement().asString().startsWith("$: ").contains("No content");
		}

		@Test
		void rejectsAFileThatDoesNotExist() {
			Resource missing = new ClassPathResource("catalog/no-such-catalog.json");
			InvalidCatalogException ex = assertThatExceptionOfType(InvalidCatalogException.class)
				.isThrownBy(() -> new CatalogLoader().load(missing))
				.actual();
			assertThat(ex.getLocation()).isEqualTo(missing.getDescription());
			assertThat(ex.getProblems()).singleElement()
				.asString()
				.startsWith("$: cannot read the file (")
				.contains("no-such-catalog.json");
		}

		@Test
		void rejectsAFileThatCannotBeRead() {
			Resource unreadable = new ByteArrayResource(new byte[0], "unreadable catalog") {

				@Override
				public InputStream getInputStream() throws IOException {
					throw new IOException("disk on fire");
				}

			};
			InvalidCatalogException ex = assertThatExceptionOfType(InvalidCatalogException.class)
				.isThrownBy(() -> new CatalogLoader().load(unreadable))
				.actual();
			assertThat(ex.getLocation()).isEqualTo("Byte array resource [unreadable catalog]");
			assertThat(ex.getProblems()).containsExactly("$: cannot read the file (disk on fire)");
		}

	}

	@Nested
	class Reporting {

		@Test
		void reportsEveryProblemAtOnceWithTheLocation() {
			InvalidCatalogException ex = loadFailure((root) -> {
				object(root, "/rules/weights/setting/outpatient/points").put("CPX", 1);
				object(root, "/comparison/0/rows/0/cells/CPC/0").put("source", "Z9");
				object(root, "/comparison/0/rows/1").put("id", "issuer");
			});
			assertThat(ex.getProblems()).containsExactly(
					"$.rules.weights.setting.outpatient.points.CPX: unknown certification id 'CPX'",
					"$.comparison[0].rows[0].cells.CPC[0].source: unknown source 'Z9'; add it to $.sources",
					"$.comparison[0].rows[1].id: duplicate row id 'issuer'");
			assertThat(ex.getLocation()).isEqualTo("Byte array resource [broken catalog]");
			assertThat(ex).hasMessage("Catalog Byte array resource [broken catalog] is invalid:\n"
					+ "  - $.rules.weights.setting.outpatient.points.CPX: unknown certification id 'CPX'\n"
					+ "  - $.comparison[0].rows[0].cells.CPC[0].source: unknown source 'Z9'; add it to $.sources\n"
					+ "  - $.comparison[0].rows[1].id: duplicate row id 'issuer'");
		}

		@Test
		void loadsTheUnchangedTreeSoTheHelperItselfBreaksNothing() {
			assertThatNoException().isThrownBy(() -> load((root) -> {
			}));
		}

		@Test
		void doesNotShareProblemListsWithTheCaller() {
			InvalidCatalogException ex = loadFailure((root) -> object(root, "/rules").put("threshold", -1));
			assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> ex.getProblems().clear());
		}

	}

	static Arguments broken(String behaviour, Consumer<ObjectNode> mutation, String... problems) {
		return Arguments.of(behaviour, mutation, List.of(problems));
	}

	static void assertProblems(Consumer<ObjectNode> mutation, List<String> problems) {
		assertThat(loadFailure(mutation).getProblems()).containsExactlyElementsOf(problems);
	}

	static Catalog load(Consumer<ObjectNode> mutation) {
		return new CatalogLoader().load(mutated(mutation));
	}

	static InvalidCatalogException loadFailure(Consumer<ObjectNode> mutation) {
		return loadFailure(mutated(mutation));
	}

	static InvalidCatalogException loadFailure(Resource resource) {
		return assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> new CatalogLoader().load(resource))
			.actual();
	}

	/**
	 * The embedded catalog as a tree, changed by {@code mutation}, as a resource. Its
	 * translations are left out, so a changed text reports only the problem under test.
	 */
	static Resource mutated(Consumer<ObjectNode> mutation) {
		ObjectNode root = (ObjectNode) json.readTree(embeddedBytes());
		root.remove("translations");
		mutation.accept(root);
		return new ByteArrayResource(json.writeValueAsBytes(root), "broken catalog");
	}

	/**
	 * Removes every reference to a question, so a test sees only the problem it makes.
	 */
	static void forget(ObjectNode root, String questionId) {
		object(root, "/rules/weights").remove(questionId);
		root.at("/comparison").forEach((section) -> section.get("rows").forEach((row) -> {
			ArrayNode topics = (ArrayNode) row.get("topics");
			for (int i = topics.size() - 1; i >= 0; i--) {
				if (topics.get(i).asString().equals(questionId)) {
					topics.remove(i);
				}
			}
		}));
		root.at("/related")
			.forEach((credential) -> credential.get("relevantWhen")
				.forEach((pattern) -> ((ObjectNode) pattern).remove(questionId)));
		root.at("/planning/milestones")
			.forEach((milestones) -> milestones.forEach(
					(milestone) -> milestone.get("rules").forEach((rule) -> forget(rule.path("when"), questionId))));
		root.at("/planning/pathways").forEach((pathway) -> forget(pathway.get("when"), questionId));
		root.at("/lanes").forEach((lane) -> {
			forget(lane.get("when"), questionId);
			forget(lane.path("unless"), questionId);
		});
		root.at("/questions").forEach((question) -> forget(question.path("askedWhen"), questionId));
		root.at("/funding").forEach((route) -> forget(route.get("when"), questionId));
		root.at("/costs").forEach((items) -> items.forEach((item) -> {
			forget(item.path("when"), questionId);
			forget(item.path("unless"), questionId);
		}));
	}

	private static void forget(JsonNode patterns, String questionId) {
		patterns.forEach((pattern) -> ((ObjectNode) pattern).remove(questionId));
	}

	static Resource bytes(String text) {
		return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "broken catalog");
	}

	static byte[] embeddedBytes() {
		try {
			return new ClassPathResource(EMBEDDED).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ObjectNode object(ObjectNode root, String pointer) {
		JsonNode node = root.at(pointer);
		assertThat(node.isObject()).as("object at %s", pointer).isTrue();
		return (ObjectNode) node;
	}

	static ArrayNode array(ObjectNode root, String pointer) {
		JsonNode node = root.at(pointer);
		assertThat(node.isArray()).as("array at %s", pointer).isTrue();
		return (ArrayNode) node;
	}

}
