package com.certadvisor.classes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import com.certadvisor.questionnaire.Answers;
import com.certadvisor.web.Routes;

import org.springframework.stereotype.Component;

/**
 * The form a result reached through a class link shows: "Add my result to my class's
 * anonymous summary". It needs no database, so results show it even when class summaries
 * are down. Plain Java, no web types.
 */
@Component
public class OptIns {

	private final SubmissionTokens tokens;

	private final Clock clock;

	public OptIns(SubmissionTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** Where a result is sent to class {@code classId}. */
	public static String action(String classId) {
		return Routes.expand(Routes.CLASS_RESULTS, classId);
	}

	/**
	 * The opt-in form for a result of {@code answers}, if they came through a class link.
	 * It names the answers alone, and its token depends on nothing finer than the day, so
	 * the result page stays cacheable.
	 */
	public Optional<OptInForm> form(Answers answers) {
		if (!answers.inClass()) {
			return Optional.empty();
		}
		String query = answers.only().toQuery();
		return Optional.of(new OptInForm(action(answers.classId()), query,
				this.tokens.token(answers.classId(), query, LocalDate.now(this.clock))));
	}

	/**
	 * The opt-in form a result shows.
	 *
	 * @param action where it is sent
	 * @param answers the answers it adds, as a query
	 * @param token proves the form came from this site, today or yesterday
	 */
	public record OptInForm(String action, String answers, String token) {

	}

}
