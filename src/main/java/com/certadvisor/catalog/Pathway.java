package com.certadvisor.catalog;

import java.time.Period;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A sequence of two credentials with coding work between them, for answers that call for
 * it.
 *
 * @param id its id
 * @param when answer patterns ({@link AnswerPatterns}) that lead to it
 * @param title the path in one line
 * @param detail why it fits, grounded in its source
 * @param steps credentials and waits, in order
 * @param source the id of its entry in the catalog's sources
 * @param asOf when the source says it held
 * @param kind the id of its kind, which sets how long it is trusted
 * @param estimate {@code true} when no official page confirms it
 * @param checkAt the id of an official source to check it against, or {@code null}
 * @param unless answer patterns that rule it out, such as holding a credential that is a
 * recommended background on its own
 */
public record Pathway(String id, List<Map<String, List<String>>> when, String title, String detail, List<Step> steps,
		String source, AsOf asOf, String kind, boolean estimate, @Nullable String checkAt,
		List<Map<String, List<String>>> unless) implements Sourced {

	public Pathway {
		id = Checks.text(id, "id");
		when = AnswerPatterns.copy(when);
		title = Checks.text(title, "title");
		detail = Checks.text(detail, "detail");
		steps = Checks.list(steps, "steps");
		source = Checks.text(source, "source");
		Checks.present(asOf, "asOf");
		kind = Checks.text(kind, "kind");
		checkAt = Checks.optionalText(checkAt);
		unless = AnswerPatterns.copy(unless);
	}

	/** Whether {@code answers} (question id to value) lead to it. */
	public boolean fits(Map<String, String> answers) {
		return AnswerPatterns.match(this.when, this.unless, answers);
	}

	/**
	 * One step: a credential to earn, or a wait such as a year of coding work.
	 *
	 * @param certification the id of the certification earned, or {@code null} for a wait
	 * @param offset how long a wait lasts, or {@code null} for a credential
	 * @param label the step, in a few words
	 * @param gives the answers the step leaves a person with (a year of coding:
	 * {@code years=1-2}), so that a later credential is planned from there; none when
	 * empty
	 */
	public record Step(String certification, Period offset, String label, Map<String, String> gives) {

		public Step {
			certification = Checks.optionalText(certification);
			if ((certification == null) == (offset == null)) {
				throw new IllegalArgumentException("a step names either a certification or an offset");
			}
			label = Checks.text(label, "label");
			gives = (gives != null) ? Map.copyOf(gives) : Map.of();
		}

	}

}
