package com.certadvisor.classes;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;

import com.certadvisor.classes.SubmissionLimits.Limit;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionLimitsTests {

	private long nanos;

	private final TimeMeter time = new TimeMeter() {

		@Override
		public long currentTimeNanos() {
			return SubmissionLimitsTests.this.nanos;
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	};

	/** 3 results per class and 2 per address, every 10 minutes. */
	private final SubmissionLimits limits = new SubmissionLimits(
			new ClassSummaryProperties(Period.ofMonths(12), 500, 3, 2, Duration.ofMinutes(10), null, Path.of("unused")),
			this.time);

	@Test
	void anAddressSendsUpToItsLimitThenIsRefusedUntilTheWindowRefills() {
		assertThat(this.limits.take("class00001", "192.0.2.1")).isEmpty();
		assertThat(this.limits.take("class00002", "192.0.2.1")).isEmpty();
		assertThat(this.limits.take("class00003", "192.0.2.1")).contains(Limit.CLIENT);
		this.nanos += Duration.ofMinutes(10).toNanos();
		assertThat(this.limits.take("class00003", "192.0.2.1")).isEmpty();
	}

	@Test
	void aClassTakesUpToItsLimitFromAnyAddresses() {
		for (int i = 1; i <= 3; i++) {
			assertThat(this.limits.take("class00001", "192.0.2." + i)).isEmpty();
		}
		assertThat(this.limits.take("class00001", "192.0.2.9")).contains(Limit.CLASS);
		assertThat(this.limits.take("class00002", "192.0.2.9")).isEmpty();
	}

	@Test
	void aRefusedResultUsesUpNothing() {
		for (int i = 1; i <= 3; i++) {
			this.limits.take("class00001", "192.0.2." + i);
		}
		assertThat(this.limits.take("class00001", "198.51.100.7")).contains(Limit.CLASS);
		assertThat(this.limits.take("class00002", "198.51.100.7")).isEmpty();
		assertThat(this.limits.take("class00003", "198.51.100.7")).isEqualTo(Optional.empty());
	}

}
