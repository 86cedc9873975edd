package com.certadvisor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that starts on {@link Fixtures#TODAY} and moves only when a test moves it: for
 * what is kept for a day.
 */
public final class MovableClock extends Clock {

	private Instant now = Fixtures.CLOCK.instant();

	/** Moves the clock to the start of {@code day}, in UTC. */
	public void set(LocalDate day) {
		this.now = day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
