package com.certadvisor.classes;

import java.security.SecureRandom;
import java.time.Duration;

import io.github.bucket4j.TimeMeter;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Class summaries' settings, keys, their tables and the nightly expiry. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClassSummariesConfiguration {

	@Bean
	ClassKeys classKeys() {
		return new ClassKeys(new SecureRandom());
	}

	@Bean
	SubmissionLimits submissionLimits(ClassSummaryProperties properties) {
		return new SubmissionLimits(properties, TimeMeter.SYSTEM_MILLISECONDS);
	}

	@Bean
	SubmissionTokens submissionTokens(ClassSummaryProperties properties) {
		return new SubmissionTokens(SubmissionSecret.of(properties));
	}

	@Bean
	ClassDatabase classDatabase() {
		return new ClassDatabase();
	}

	@Bean
	Expiry classExpiry(ClassSummaries summaries, JdbcTemplate jdbc) {
		// The database's clock, not each replica's, says when a lock ends.
		JdbcTemplateLockProvider locks = new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).usingDbTime().build());
		return new Expiry(summaries, new DefaultLockingTaskExecutor(locks));
	}

	/**
	 * Forgets what is past its retention, every night, on one replica: the first to take
	 * the lock runs it, and the lock is held for a while after it, so a replica whose
	 * clock is a little behind does not run it again.
	 */
	static final class Expiry {

		static final String LOCK = "class-expiry";

		private static final Duration AT_MOST = Duration.ofHours(1);

		private static final Duration AT_LEAST = Duration.ofMinutes(10);

		private final ClassSummaries summaries;

		private final LockingTaskExecutor locks;

		Expiry(ClassSummaries summaries, LockingTaskExecutor locks) {
			this.summaries = summaries;
			this.locks = locks;
		}

		@Scheduled(cron = "${cert-advisor.classes.expiry-cron:0 17 3 * * *}")
		void expire() {
			this.locks.executeWithLock((Runnable) this.summaries::expire,
					new LockConfiguration(ClockProvider.now(), LOCK, AT_MOST, AT_LEAST));
		}

	}

}
