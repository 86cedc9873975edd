package com.certadvisor.classes;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.certadvisor.classes.Submission.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Students' results sent to a class summary, by what became of them: added, already
 * counted, or refused and why (unknown class, expired or forged form, too many, class
 * full, database unavailable). Every outcome is counted from 0 at start.
 */
@Component
class SubmissionMetrics {

	private static final String NAME = "cert.advisor.class.submissions";

	private static final String DESCRIPTION = "Results sent to a class summary, by outcome";

	private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);

	private final Counter unavailable;

	SubmissionMetrics(MeterRegistry registry) {
		for (Outcome outcome : Outcome.values()) {
			this.outcomes.put(outcome, counter(registry, outcome.name().toLowerCase(Locale.ROOT)));
		}
		this.unavailable = counter(registry, "unavailable");
	}

	private static Counter counter(MeterRegistry registry, String outcome) {
		return Counter.builder(NAME).description(DESCRIPTION).tag("outcome", outcome).register(registry);
	}

	void counted(Outcome outcome) {
		Objects.requireNonNull(this.outcomes.get(outcome)).increment();
	}

	/** A result that could not be stored because the database could not be reached. */
	void unavailable() {
		this.unavailable.increment();
	}

}
