package com.certadvisor.links;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.certadvisor.questionnaire.AnswerProblem;
import com.certadvisor.questionnaire.InvalidAnswersException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts the links answered with a 400, by kind of problem, and the links whose tracking
 * parameters were dropped: whether bad links are rising, and from what. The label is one
 * of a fixed set of kinds, never a parameter's name or value, so made-up links add no
 * series. Every kind is counted from 0 at start, so a rate needs no first refusal.
 */
@Component
public class RefusedLinks {

	/** What was wrong with a link that got a 400. */
	public enum Problem {

		UNKNOWN_QUESTION, UNKNOWN_VALUE, REPEATED, TOO_LONG, BAD_SUGGESTIONS, BAD_CLASS, BAD_STATE, BAD_PARAMETER,
		BAD_CODE, MALFORMED_PATH, MALFORMED_ESCAPE, TOO_MANY_PARAMETERS, FOREIGN_HOST;

		static Problem of(AnswerProblem.Kind kind) {
			return switch (kind) {
				case UNKNOWN_QUESTION -> UNKNOWN_QUESTION;
				case UNKNOWN_VALUE -> UNKNOWN_VALUE;
				case REPEATED -> REPEATED;
				case TOO_LONG -> TOO_LONG;
				case BAD_SUGGESTIONS -> BAD_SUGGESTIONS;
				case BAD_CLASS -> BAD_CLASS;
				case BAD_STATE -> BAD_STATE;
			};
		}

	}

	private final Map<Problem, Counter> refused = new EnumMap<>(Problem.class);

	private final Counter trackingDropped;

	public RefusedLinks(MeterRegistry registry) {
		for (Problem problem : Problem.values()) {
			this.refused.put(problem,
					Counter.builder("cert.advisor.links.refused")
						.description("Links answered with a 400, by kind of problem")
						.tag("problem", problem.name().toLowerCase(Locale.ROOT))
						.register(registry));
		}
		this.trackingDropped = Counter.builder("cert.advisor.links.tracking.dropped")
			.description("Links whose tracking parameters (utm_*, fbclid...) were dropped before reading them")
			.register(registry);
	}

	public void refused(Problem problem) {
		Objects.requireNonNull(this.refused.get(problem)).increment();
	}

	/** Counts each kind of problem the link had once. */
	public void refused(InvalidAnswersException ex) {
		ex.getProblems().stream().map(AnswerProblem::kind).distinct().map(Problem::of).forEach(this::refused);
	}

	void trackingDropped() {
		this.trackingDropped.increment();
	}

}
