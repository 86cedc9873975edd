package com.certadvisor.classes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.certadvisor.i18n.Languages;
import com.certadvisor.classes.Submission.Outcome;
import com.certadvisor.codes.ClassIds;
import com.certadvisor.links.Queries;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.questionnaire.AnswersParser;
import com.certadvisor.questionnaire.InvalidAnswersException;
import com.certadvisor.recommendation.RuleService;
import com.certadvisor.recommendation.Verdict;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;

/**
 * What becomes of a student's opt-in ({@link OptIns}) when it is sent. The verdict is
 * worked out here, from the answers, never taken from the form. Plain Java, no web types.
 */
@Service
class ResultSubmissions {

	/** Longer than the answers to every question could be written. */
	static final int MAX_ANSWERS_LENGTH = 2000;

	private final AnswersParser parser;

	private final SubmissionTokens tokens;

	private final SubmissionLimits limits;

	private final ClassSummaries summaries;

	private final RuleService rules;

	private final Clock clock;

	private final SubmissionMetrics metrics;

	ResultSubmissions(AnswersParser parser, SubmissionTokens tokens, SubmissionLimits limits, ClassSummaries summaries,
			RuleService rules, Clock clock, SubmissionMetrics metrics) {
		this.parser = parser;
		this.tokens = tokens;
		this.limits = limits;
		this.summaries = summaries;
		this.rules = rules;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * Adds a result to class {@code classId}, if its form is genuine and no limit is
	 * reached.
	 * @param answers the form's answers, as {@link OptInForm#answers()} wrote them
	 * @param client the address the form came from: only counted in memory, never kept
	 */
	Submission submit(String classId, @Nullable String answers, @Nullable String token, String client,
			String language) {
		try {
			Submission submission = attempt(classId, answers, token, client, language);
			this.metrics.counted(submission.outcome());
			return submission;
		}
		catch (DataAccessException | TransactionException ex) {
			this.metrics.unavailable();
			throw ex;
		}
	}

	private Submission attempt(String classId, @Nullable String answers, @Nullable String token, String client,
			String language) {
		Optional<Answers> read = read(answers);
		Answers back = read.map((given) -> inClass(given, classId)).orElse(Answers.none());
		if (!ClassIds.isId(classId)) {
			return new Submission(Outcome.UNKNOWN_CLASS, back);
		}
		if (read.isEmpty()
				|| !this.tokens.accepts(token, classId, read.get().only().toQuery(), LocalDate.now(this.clock))) {
			return new Submission(Outcome.EXPIRED_FORM, back);
		}
		if (this.limits.take(classId, client).isPresent()) {
			return new Submission(Outcome.TOO_MANY, back);
		}
		Verdict verdict = this.rules.recommend(read.get()).verdict();
		String kept = Languages.SUPPORTED.contains(language) ? language : Languages.DEFAULT.getLanguage();
		Added added = this.summaries.add(classId, read.get(), verdict, kept);
		Outcome outcome = switch (added) {
			case ADDED -> Outcome.ADDED;
			case ALREADY_COUNTED -> Outcome.ALREADY_COUNTED;
			case FULL -> Outcome.FULL;
			case UNKNOWN_CLASS -> Outcome.UNKNOWN_CLASS;
		};
		return new Submission(outcome, back);
	}

	private static Answers inClass(Answers answers, String classId) {
		return ClassIds.isId(classId) ? new Answers(answers.values(), Map.of(), classId, "") : answers;
	}

	/** The answers a form sent, checked against the catalog, or nothing. */
	private Optional<Answers> read(@Nullable String query) {
		if (query == null || query.length() > MAX_ANSWERS_LENGTH) {
			return Optional.empty();
		}
		try {
			Answers answers = this.parser.parse(Queries.parse(query));
			return (answers.inClass() || !answers.suggested().isEmpty()) ? Optional.empty() : Optional.of(answers);
		}
		catch (IllegalArgumentException | InvalidAnswersException ex) {
			return Optional.empty();
		}
	}

}
