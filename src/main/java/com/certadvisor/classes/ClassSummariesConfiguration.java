package com.certadvisor.classes;

import java.security.SecureRandom;

import io.github.bucket4j.TimeMeter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
	Expiry classExpiry(ClassSummaries summaries) {
		return new Expiry(summaries);
	}

	/** Forgets what is past its retention, every night. */
	static final class Expiry {

		private final ClassSummaries summaries;

		Expiry(ClassSummaries summaries) {
			this.summaries = summaries;
		}

		@Scheduled(cron = "${cert-advisor.classes.expiry-cron:0 17 3 * * *}")
		void expire() {
			this.summaries.expire();
		}

	}

}
