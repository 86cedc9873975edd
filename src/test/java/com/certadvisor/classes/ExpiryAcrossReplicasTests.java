package com.certadvisor.classes;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.certadvisor.CertAdvisorApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the whole application on one PostgreSQL, each scheduling the expiry
 * every second: the first to take the lock forgets what is past its retention, and
 * neither runs it again while the lock holds, as three replicas at 03:17 would.
 */
class ExpiryAcrossReplicasTests {

	private static EmbeddedPostgres database;

	private static List<ConfigurableApplicationContext> replicas;

	private static JdbcClient jdbc;

	/**
	 * The tables first, and a class long past its retention, for the first run to forget.
	 */
	@BeforeAll
	static void startTwoReplicas() throws IOException {
		database = EmbeddedPostgres.builder().start();
		Flyway.configure().dataSource(database.getPostgresDatabase()).load().migrate();
		jdbc = JdbcClient.create(database.getPostgresDatabase());
		insertAnExpiredClass("EXPIRED001");
		replicas = Stream.of(1, 2).map((replica) -> replica()).toList();
	}

	private static ConfigurableApplicationContext replica() {
		return new SpringApplicationBuilder(CertAdvisorApplication.class).run("--server.port=0",
				"--management.server.port=0", "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.data.jdbc.dialect=postgresql",
				"--cert-advisor.classes.expiry-cron=* * * * * *");
	}

	@AfterAll
	static void stop() throws IOException {
		replicas.forEach(ConfigurableApplicationContext::close);
		database.close();
	}

	@Test
	void theExpiryRunsOnOneReplicaAndNotAgainWhileItsLockHolds() {
		await().atMost(Duration.ofSeconds(10)).until(() -> !exists("EXPIRED001"));
		Instant lockedUntil = jdbc.sql("select lock_until from shedlock where name = ?")
			.param(ClassSummariesConfiguration.Expiry.LOCK)
			.query(Timestamp.class)
			.single()
			.toInstant();
		assertThat(lockedUntil).isAfter(Instant.now().plus(Duration.ofMinutes(9)));

		insertAnExpiredClass("EXPIRED002");
		// Each replica's schedule fires about four more times while the lock holds.
		await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5)).until(() -> exists("EXPIRED002"));
	}

	private static void insertAnExpiredClass(String id) {
		jdbc.sql("insert into school_class (id, key_hash, created_on) values (?, ?, ?)")
			.params(id, "0".repeat(64), LocalDate.of(2020, 1, 1))
			.update();
	}

	private static boolean exists(String id) {
		return jdbc.sql("select count(*) from school_class where id = ?").param(id).query(Integer.class).single() == 1;
	}

}
