package com.certadvisor.catalog;

import java.time.Period;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How long after the milestone before it a milestone comes, for the answers it matches.
 *
 * @param when answer patterns ({@link AnswerPatterns}); empty matches any answers
 * @param offset how long after the milestone before, an ISO-8601 period such as
 * {@code P3M} or {@code P120D}; {@code null} when no source gives one, so the milestone
 * has no date
 * @param detail the rule explained in a sentence
 * @param source the id of its entry in the catalog's sources
 * @param asOf when the source says it held
 * @param kind the id of its kind, which sets how long it is trusted
 * @param estimate {@code true} when no official page confirms it
 * @param checkAt the id of an official source to check it against, or {@code null}
 * @param label what the milestone is for these answers, where it differs from the
 * milestone's own label ("Passed already" for an exam a person has passed), or
 * {@code null}
 * @param skip {@code true} when these answers have nothing to do at this milestone (no
 * studying for an exam passed already): it is left out of the plan, and what comes after
 * it is dated from the milestone before it
 */
public record MilestoneRule(List<Map<String, List<String>>> when, @Nullable Period offset, String detail, String source,
		AsOf asOf, String kind, boolean estimate, @Nullable String checkAt, String label,
		boolean skip) implements Sourced {

	public MilestoneRule {
		when = AnswerPatterns.copy(when);
		if (offset != null && offset.isNegative()) {
			throw new IllegalArgumentException("'offset' must not be negative: " + offset);
		}
		detail = Checks.text(detail, "detail");
		source = Checks.text(source, "source");
		Checks.present(asOf, "asOf");
		kind = Checks.text(kind, "kind");
		checkAt = Checks.optionalText(checkAt);
		label = Checks.optionalText(label);
	}

}
