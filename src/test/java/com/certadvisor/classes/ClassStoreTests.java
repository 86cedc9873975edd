package com.certadvisor.classes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.certadvisor.MovableClock;
import com.certadvisor.catalog.CatalogConfiguration;
import com.certadvisor.catalog.CatalogProperties;
import com.certadvisor.catalog.SchoolProperties;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.RuleService;
import com.certadvisor.recommendation.Verdict;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Class summaries against a real PostgreSQL (zonky's embedded binaries, from Maven
 * Central): the migration, what is stored and nothing more, once-a-day counting, the
 * limit, delete and expiry.
 */
@DataJdbcTest(properties = { "cert-advisor.classes.max-results=3", "spring.data.jdbc.dialect=postgresql" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ ClassSummaries.class, ClassSummariesConfiguration.class, CatalogConfiguration.class, RuleService.class,
		ClassStoreTests.Postgres.class })
@EnableConfigurationProperties({ CatalogProperties.class, SchoolProperties.class, ClassSummaryProperties.class })
class ClassStoreTests {

	@Autowired
	private ClassSummaries summaries;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MovableClock clock;

	private final Answers inpatient = new Answers(Map.of("setting", "inpatient", "experience", "none"));

	@BeforeEach
	void today() {
		this.clock.set(LocalDate.of(2026, 12, 2));
	}

	@Nested
	class WhatIsStored {

		@Test
		void aResultKeepsAnswersVerdictEditionLanguageAndDayAndNothingElse() {
			assertThat(columns("class_result")).containsExactlyInAnyOrder("id", "class_id", "answers", "verdict",
					"edition", "language", "submitted_on");
			assertThat(columns("school_class")).containsExactlyInAnyOrder("id", "key_hash", "label", "created_on");
		}

		@Test
		void aClassKeepsOnlyTheHashOfItsKey() {
			NewClass started = ClassStoreTests.this.summaries.start("Tuesday group");
			String stored = ClassStoreTests.this.jdbc.sql("select key_hash from school_class where id = ?")
				.param(started.id())
				.query(String.class)
				.single();
			assertThat(stored).isEqualTo(ClassKeys.hash(started.key())).doesNotContain(started.key());
		}

		@Test
		void theAnswersAreStoredWithoutACounselorsMarks() {
			NewClass started = ClassStoreTests.this.summaries.start(null);
			Answers marked = new Answers(Map.of("setting", "inpatient"), Map.of("setting", "inpatient"));
			ClassStoreTests.this.summaries.add(started.id(), marked, Verdict.CCS, "es");
			assertThat(ClassStoreTests.this.jdbc.sql("select answers, verdict, language from class_result")
				.query((row, number) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3))
				.list()).containsExactly("setting=inpatient CCS es");
		}

		private List<String> columns(String table) {
			return ClassStoreTests.this.jdbc
				.sql("select column_name from information_schema.columns where table_name = ?")
				.param(table)
				.query(String.class)
				.list();
		}

	}

	@Nested
	class Opening {

		@Test
		void onlyTheRightKeyOpensAClassAndAnUnknownIdLooksTheSame() {
			NewClass started = ClassStoreTests.this.summaries.start("Evening class");
			assertThat(ClassStoreTests.this.summaries.open(started.id(), started.key())).get()
				.extracting(StoredClass::label)
				.isEqualTo("Evening class");
			assertThat(ClassStoreTests.this.summaries.open(started.id(), "0".repeat(26))).isEmpty();
			assertThat(ClassStoreTests.this.summaries.open("0000000000", started.key())).isEmpty();
			assertThat(ClassStoreTests.this.summaries.open("'; drop table school_class; --", null)).isEmpty();
		}

	}

	@Nested
	class Adding {

		@Test
		void theSameResultTwiceOnOneDayCountsOnceAndAgainTheNextDay() {
			String id = ClassStoreTests.this.summaries.start(null).id();
			assertThat(add(id)).isEqualTo(Added.ADDED);
			assertThat(add(id)).isEqualTo(Added.ALREADY_COUNTED);
			ClassStoreTests.this.clock.set(LocalDate.of(2026, 12, 3));
			assertThat(add(id)).isEqualTo(Added.ADDED);
		}

		@Test
		void aFullClassTakesNoMore() {
			String id = ClassStoreTests.this.summaries.start(null).id();
			for (int day = 0; day < 3; day++) {
				ClassStoreTests.this.clock.set(LocalDate.of(2026, 12, 2).plusDays(day));
				assertThat(add(id)).isEqualTo(Added.ADDED);
			}
			ClassStoreTests.this.clock.set(LocalDate.of(2026, 12, 9));
			assertThat(add(id)).isEqualTo(Added.FULL);
		}

		@Test
		void anUnknownClassTakesNothing() {
			assertThat(add("0000000000")).isEqualTo(Added.UNKNOWN_CLASS);
			assertThat(add("not an id")).isEqualTo(Added.UNKNOWN_CLASS);
		}

		@Test
		void theSummaryCountsWhatWasAdded() {
			NewClass started = ClassStoreTests.this.summaries.start(null);
			for (int day = 0; day < 3; day++) {
				ClassStoreTests.this.clock.set(LocalDate.of(2026, 12, 2).plusDays(day));
				add(started.id());
			}
			StoredClass stored = ClassStoreTests.this.summaries.open(started.id(), started.key()).orElseThrow();
			ClassSummary summary = ClassStoreTests.this.summaries.summary(stored);
			assertThat(summary.results().hidden()).as("3 results are fewer than 5").isTrue();
		}

		private Added add(String id) {
			return ClassStoreTests.this.summaries.add(id, ClassStoreTests.this.inpatient, Verdict.CCS, "en");
		}

	}

	@Nested
	class Forgetting {

		@Test
		void deletingAClassDeletesItsResults() {
			NewClass started = ClassStoreTests.this.summaries.start(null);
			ClassStoreTests.this.summaries.add(started.id(), ClassStoreTests.this.inpatient, Verdict.CCS, "en");
			ClassStoreTests.this.summaries
				.delete(ClassStoreTests.this.summaries.open(started.id(), started.key()).orElseThrow());
			assertThat(count("school_class", started.id())).isZero();
			assertThat(count("class_result", started.id())).isZero();
		}

		@Test
		void classesAndResultsPastTheirRetentionExpire() {
			NewClass old = ClassStoreTests.this.summaries.start(null);
			ClassStoreTests.this.summaries.add(old.id(), ClassStoreTests.this.inpatient, Verdict.CCS, "en");
			ClassStoreTests.this.clock.set(LocalDate.of(2027, 12, 1));
			NewClass recent = ClassStoreTests.this.summaries.start(null);
			assertThat(ClassStoreTests.this.summaries.expire()).isZero();
			ClassStoreTests.this.clock.set(LocalDate.of(2027, 12, 3));
			assertThat(ClassStoreTests.this.summaries.expire()).isEqualTo(1 + 1);
			assertThat(count("school_class", old.id())).isZero();
			assertThat(count("school_class", recent.id())).isOne();
		}

		private int count(String table, String id) {
			String column = table.equals("school_class") ? "id" : "class_id";
			return ClassStoreTests.this.jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
				.param(id)
				.query(Integer.class)
				.single();
		}

	}

	/** One PostgreSQL for the whole run; the test's transactions roll every test back. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Postgres {

		private static final EmbeddedPostgres SERVER = start();

		private static EmbeddedPostgres start() {
			try {
				return EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Bean
		DataSource dataSource() throws SQLException {
			return SERVER.getPostgresDatabase();
		}

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
