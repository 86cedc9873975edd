package com.certadvisor.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import static com.certadvisor.Fixtures.CATALOG;
import static com.certadvisor.Fixtures.TODAY;
import static com.certadvisor.Fixtures.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SchoolFileTests {

	/**
	 * The example in the docs, which the operations guide tells schools to start from.
	 */
	static final Path EXAMPLE = Path.of("docs/examples/school.json");

	private static final JsonMapper json = JsonMapper.builder().build();

	static String example() {
		try {
			return Files.readString(EXAMPLE);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The embedded catalog with {@code school} over it, checked on {@link #TODAY}. */
	static Catalog load(String school) {
		CatalogFiles files = new CatalogFiles(new ClassPathResource("catalog/cert-advisor-catalog.json"),
				new ByteArrayResource(school.getBytes(StandardCharsets.UTF_8), "school.json"));
		return new CatalogLoader().load(files, files.read(), TODAY);
	}

	/** The example with {@code edit} applied to its tree. */
	private static String edited(java.util.function.Consumer<ObjectNode> edit) {
		ObjectNode tree = (ObjectNode) json.readTree(example());
		edit.accept(tree);
		return json.writeValueAsString(tree);
	}

	private static List<String> problems(String school) {
		return assertThatExceptionOfType(InvalidCatalogException.class).isThrownBy(() -> load(school))
			.actual()
			.getProblems();
	}

	@Nested
	class Merge {

		private final Catalog catalog = load(example());

		@Test
		void addsTheSchoolAndItsProgrammes() {
			assertThat(this.catalog.school().name()).isEqualTo("Riverside Community College");
			assertThat(this.catalog.programmes("CPC")).extracting(Programme::name)
				.containsExactly("Outpatient Coding Certificate", "CPC Exam Review, evenings");
			assertThat(this.catalog.programmes("CCS")).extracting(Programme::price).containsExactly(5400);
		}

		@Test
		void replacesANamedFactWithTheSchoolsFiguresSourceAndDate() {
			CostItem tuition = this.catalog.costs().get("CPC").get(5);
			assertThat(tuition.amount()).isEqualTo(3200);
			assertThat(tuition.upTo()).as("a single price in place of the range").isNull();
			assertThat(tuition.asOf()).isEqualTo(AsOf.parse("2026-11"));
			Source source = this.catalog.source(tuition.source());
			assertThat(source.publisher()).isEqualTo("Riverside Community College");
			assertThat(source.official()).as("a school's page is a third-party source").isFalse();
		}

		@Test
		void keepsTheFactsKindAndMarksItUnconfirmedToBeCheckedAtTheOfficialPage() {
			CostItem before = CATALOG.costs().get("CPC").get(5);
			CostItem tuition = this.catalog.costs().get("CPC").get(5);
			assertThat(tuition.kind()).isEqualTo(before.kind());
			assertThat(tuition.estimate()).isTrue();
			assertThat(tuition.checkAt()).isEqualTo(before.checkAt());
		}

		@Test
		void anOfficialFactReplacedIsCheckedAgainstItsOfficialSource() {
			Catalog catalog = load(
					edited((tree) -> tree.withObject("facts")
						.set("costs.CCS[3]", json
							.readTree("{\"amount\": 250, \"asOf\": \"2026-11\", \"source\": {\"title\": \"Fees\","
									+ " \"url\": \"https://www.example.edu/fees\", \"publisher\": \"Riverside\"}}"))));
			CostItem recertification = catalog.costs().get("CCS").get(3);
			assertThat(recertification.amount()).isEqualTo(250);
			assertThat(recertification.estimate()).isTrue();
			assertThat(recertification.checkAt()).isEqualTo(CATALOG.costs().get("CCS").get(3).source());
		}

		@Test
		void leavesEveryOtherFactAsTheEmbeddedCatalogHasIt() {
			List<CatalogFact> merged = this.catalog.facts();
			List<CatalogFact> embedded = CATALOG.facts();
			assertThat(merged).hasSameSizeAs(embedded);
			for (int i = 0; i < merged.size(); i++) {
				if (!merged.get(i).id().equals("costs.CPC[5]")) {
					assertThat(merged.get(i)).as(merged.get(i).id()).isEqualTo(embedded.get(i));
				}
			}
		}

		@Test
		void translatesTheSchoolsTexts() {
			assertThat(this.catalog.translate("the code books", "es")).isEqualTo("los libros de códigos");
			assertThat(this.catalog.translate(this.catalog.costs().get("CPC").get(5).label(), "es"))
				.startsWith("Certificado de codificación ambulatoria");
		}

		@Test
		void keepsTheTranslationOfAReplacedTextOnlyWhileAnotherPartStillSaysIt() {
			String replaced = fact("costs.CPC[5]").text();
			assertThat(fact("costs.CCS[9]").text()).isEqualTo(replaced);
			assertThat(this.catalog.translations().get("es")).containsKey(replaced);
			Catalog both = load(edited((tree) -> {
				ObjectNode college = (ObjectNode) tree.get("facts").get("costs.CPC[5]").deepCopy();
				tree.withObject("facts")
					.set("costs.CCS[9]", college.put("label", "The school's inpatient certificate"));
				tree.withObject("translations")
					.withObject("es")
					.put("The school's inpatient certificate",
							"El certificado de codificación hospitalaria de la escuela");
			}));
			assertThat(both.translations().get("es")).doesNotContainKey(replaced);
		}

		@Test
		void aProgrammesNextStartIsTheFirstFromTheDay() {
			Programme certificate = this.catalog.programmes("CPC").get(0);
			assertThat(certificate.nextStart(LocalDate.of(2027, 1, 12))).contains(LocalDate.of(2027, 4, 5));
			assertThat(certificate.open(LocalDate.of(2027, 9, 1))).isFalse();
			assertThat(this.catalog.programmes("CPC").get(1).open(LocalDate.of(2030, 1, 1))).as("rolling").isTrue();
		}

		@Test
		void fiftyProgrammesLoad() {
			String many = edited((tree) -> {
				var programmes = tree.withArray("programmes");
				while (programmes.size() < 50) {
					programmes.add(programmes.get(programmes.size() % 3).deepCopy());
				}
			});
			assertThat(load(many).programmes()).hasSize(50);
		}

	}

	@Nested
	class Checks {

		@Test
		void anUnknownCredentialIsNamedAtItsPath() {
			assertThat(problems(example().replace("\"credential\": \"CCS\"", "\"credential\": \"RHIT\"")))
				.containsExactly("$.programmes[2].credential: unknown credential 'RHIT'; the catalog's are [CPC, CCS]");
		}

		@Test
		void anUnknownFactIdIsNamedAtItsPath() {
			assertThat(problems(example().replace("costs.CPC[5]", "costs.CPC[50]")))
				.containsExactly("$.facts['costs.CPC[50]']: unknown fact id 'costs.CPC[50]'; a fact is named by its "
						+ "place, such as costs.CPC[0] or exam-fee.CPC[0]");
		}

		@Test
		void aNegativePriceIsRefusedForAProgrammeAndForAFact() {
			assertThat(problems(example().replace("\"price\": 650", "\"price\": -650")
				.replace("\"amount\": 3200", "\"amount\": -3200")))
				.containsExactly("$.programmes[1]: 'price' must not be negative",
						"$.facts['costs.CPC[5]'].amount: must not be negative: a price is never below zero");
		}

		@Test
		void aStartDateInThePastIsRefused() {
			assertThat(problems(example().replace("2027-04-05", "2026-11-30"))).containsExactly(
					"$.programmes[0].starts[1]: 2026-11-30 is in the past; give the next start dates only");
		}

		@Test
		void anAddressThatIsNotHttpIsRefusedWherever() {
			assertThat(problems(example().replace("https://www.example.edu/coding\"", "ftp://example.edu\"")
				.replace("https://www.example.edu/coding/ccs", "javascript:alert(1)")))
				.containsExactly("$.school: 'url' must be an absolute http or https address",
						"$.programmes[2]: 'url' must be an absolute http or https address");
		}

		@Test
		void aReplacedFactMustNameTheSchoolsSourceAndDate() {
			String withoutSource = edited(
					(tree) -> ((ObjectNode) tree.get("facts").get("costs.CPC[5]")).remove("source"));
			assertThat(problems(withoutSource)).singleElement()
				.asString()
				.startsWith(
						"$.facts['costs.CPC[5]'].source: is missing: a replaced fact names the school's own source");
			String withoutDate = edited((tree) -> ((ObjectNode) tree.get("facts").get("costs.CPC[5]")).remove("asOf"));
			assertThat(problems(withoutDate)).containsExactly(
					"$.facts['costs.CPC[5]'].asOf: is missing: when the school's source gave it, such as 2026-11");
		}

		@Test
		void aSchoolCannotBlankAFactNorChangeItsKindNorHowSureItIs() {
			String edited = edited((tree) -> ((ObjectNode) tree.get("facts").get("costs.CPC[5]")).put("label", " ")
				.put("kind", "identity")
				.put("estimate", false));
			assertThat(problems(edited)).containsExactly(
					"$.facts['costs.CPC[5]'].label: must not be blank: a school can change a fact, not blank it",
					"$.facts['costs.CPC[5]'].kind: a school cannot change 'kind'; it may give a fact's "
							+ "[text, label, detail, summary, amount, upTo] with its own source and asOf, and the "
							+ "catalog keeps how long a fact holds and how sure it is",
					"$.facts['costs.CPC[5]'].estimate: a school cannot change 'estimate'; it may give a fact's "
							+ "[text, label, detail, summary, amount, upTo] with its own source and asOf, and the "
							+ "catalog keeps how long a fact holds and how sure it is");
		}

		@Test
		void aSchoolsSourceCannotCallItselfOfficial() {
			String edited = edited((tree) -> ((ObjectNode) tree.get("facts").get("costs.CPC[5]").get("source"))
				.put("tier", "official"));
			assertThat(problems(edited)).containsExactly(
					"$.facts['costs.CPC[5]'].source.tier: a school's page is a third-party source; leave the tier out");
		}

		@Test
		void programmesNeedTheSchool() {
			assertThat(problems(edited((tree) -> tree.remove("school"))))
				.containsExactly("$.school: is missing: programmes need the school's name and site");
		}

		@Test
		void anUnknownPartIsNamed() {
			assertThat(problems(edited((tree) -> tree.put("rules", "mine")))).containsExactly(
					"$.rules: unknown part; a school file holds [school, programmes, facts, translations]");
		}

		@Test
		void aTextWithoutItsSpanishIsNamedAtTheCatalogsPath() {
			String edited = edited(
					(tree) -> ((ObjectNode) tree.get("translations").get("es")).remove("the code books"));
			assertThat(problems(edited)).anySatisfy((problem) -> assertThat(problem)
				.startsWith("$.translations.es: no translation of $.programmes[0].includes[1] (\"the code books\")"));
		}

		@Test
		void brokenJsonIsNamedAtItsPath() {
			assertThat(problems("{\"school\": {\"name\": \"A\", \"name\": \"B\"}}")).singleElement()
				.asString()
				.startsWith("$");
		}

	}

}
