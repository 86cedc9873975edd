package com.certadvisor.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.certadvisor.Fixtures.CATALOG;
import static com.certadvisor.Fixtures.CLOCK;
import static com.certadvisor.Fixtures.TODAY;
import static com.certadvisor.Fixtures.catalogFile;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewCommandTests {

	@Nested
	class Review {

		private final FactReview review = new FactReview(CATALOG, TODAY, Period.ofMonths(3));

		@Test
		void listsTheFactsDueByTheHorizonSoonestFirst() {
			assertThat(this.review.entries()).isNotEmpty()
				.allSatisfy((entry) -> assertThat(entry.due()).isBeforeOrEqualTo(TODAY.plusMonths(3)));
			assertThat(this.review.entries()).extracting(FactReview.Entry::due).isSorted();
		}

		@Test
		void leavesOutFactsThatStayCurrentPastTheHorizon() {
			assertThat(this.review.entries()).extracting((entry) -> entry.fact().id())
				.doesNotContain("issuer.CPC[0]", "exam-questions.CPC[0]")
				.contains("renewal-fee.CCS[0]", "costs.CCS[3]", "focus.CCS[0]", "exam-fee.CPC[0]");
		}

		@Test
		void putsTheOldestPriceFirstWithItsKindShelfLifeSourceAndPath() {
			assertThat(this.review.render()).contains("overdue since 2022-12-31  price (shelf life 12 months)"
					+ "  $.comparison[4].rows[1].cells.CCS[0]\n"
					+ "    as of 2021, H4 official: https://www.ahima.org/certification/recertification/\n"
					+ "    $218 every 2 years for non-members");
		}

		@Test
		void saysHowManyAreDueAndHowManyAreAlreadyPastTheirShelfLife() {
			long overdue = this.review.entries().stream().filter((entry) -> entry.due().isBefore(TODAY)).count();
			assertThat(overdue).isPositive();
			assertThat(this.review.render()).startsWith("Catalog edition " + CATALOG.version() + ": "
					+ this.review.entries().size() + " of " + CATALOG.facts().size()
					+ " facts due for review by 2027-03-02 (" + overdue + " past their shelf life on 2026-12-02)");
		}

		@Test
		void looksFurtherAheadWhenAsked() {
			assertThat(new FactReview(CATALOG, TODAY, Period.ofYears(10)).entries()).hasSize(CATALOG.facts().size());
			assertThat(new FactReview(CATALOG, LocalDate.of(2000, 1, 1), Period.ZERO).entries()).isEmpty();
		}

	}

	@Nested
	class Command {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final ByteArrayOutputStream err = new ByteArrayOutputStream();

		private int run(String... args) {
			return ReviewCommand.run(args, CLOCK, new PrintStream(this.out, true, StandardCharsets.UTF_8),
					new PrintStream(this.err, true, StandardCharsets.UTF_8));
		}

		@Test
		void isAskedForWithReviewAloneOrWithAPeriod() {
			assertThat(ReviewCommand.requested(new String[] { "--review" })).isTrue();
			assertThat(ReviewCommand.requested(new String[] { "--server.port=0", "--review=P6M" })).isTrue();
			assertThat(ReviewCommand.requested(new String[] { "--reviewer" })).isFalse();
			assertThat(ReviewCommand.requested(new String[0])).isFalse();
		}

		@Test
		void printsTheReviewOfTheEmbeddedCatalog() {
			assertThat(run("--review")).isZero();
			assertThat(this.out.toString(StandardCharsets.UTF_8))
				.isEqualTo(new FactReview(CATALOG, TODAY, Period.ofMonths(3)).render());
			assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
		}

		@Test
		void readsTheCatalogTheApplicationWouldFromItsLocation(@TempDir Path dir) throws IOException {
			Path file = dir.resolve("catalog.json");
			Files.writeString(file, catalogFile("2027-01-15"));
			assertThat(run("--review=P1Y", "--cert-advisor.catalog.location=file:" + file)).isZero();
			assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("Catalog edition 2027-01-15: ")
				.contains("facts due for review by 2027-12-02");
		}

		@Test
		void reportsAnInvalidCatalogWithItsProblems(@TempDir Path dir) throws IOException {
			Path file = dir.resolve("catalog.json");
			Files.writeString(file, catalogFile("2027-01-15").replace("\"kind\": \"price\"", "\"kind\": \"prize\""));
			assertThat(run("--review", "--cert-advisor.catalog.location=file:" + file)).isOne();
			assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("is invalid")
				.contains(".kind: unknown kind 'prize'; the catalog's kinds are [price, exam-rule, policy, identity,"
						+ " labour-market, guidance]");
			assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
		}

		@Test
		void reviewsTheSchoolsFactsWithTheCatalogsWhenASchoolFileIsGiven() {
			assertThat(run("--review=P1Y", "--cert-advisor.school.location=file:" + SchoolFileTests.EXAMPLE)).isZero();
			assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("$.costs.CPC[5]",
					"as of 2026-11, school-1 third-party: https://www.example.edu/coding/cpc");
		}

		@Test
		void reportsAnInvalidSchoolFileWithItsProblems(@TempDir Path dir) throws IOException {
			Path file = dir.resolve("school.json");
			Files.writeString(file, SchoolFileTests.example().replace("\"months\": 12", "\"months\": 0"));
			assertThat(run("--review", "--cert-advisor.school.location=file:" + file)).isOne();
			assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("school.json] is invalid",
					"$.programmes[2]: 'months' must be between 1 and 60, not 0");
		}

		@Test
		void explainsAPeriodItCannotRead() {
			assertThat(run("--review=soon")).isEqualTo(2);
			assertThat(this.err.toString(StandardCharsets.UTF_8))
				.contains("--review takes how far ahead to look, such as --review=P6M, not 'soon'");
		}

	}

}
