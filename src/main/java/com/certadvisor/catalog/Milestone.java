package com.certadvisor.catalog;

import java.util.List;
import java.util.Map;

/**
 * A dated point, or for a span its end, on the way to a credential. Its date is the date
 * of the milestone it comes {@code after} plus the wait of the first rule that matches
 * the answers.
 *
 * @param id its id, unique within the credential; {@code exam} is when it is held and
 * {@code unrestricted} when it is held without restriction
 * @param after the id of an earlier milestone, or {@link #START}
 * @param span {@code true} when it lasts from that earlier date to its own, as studying
 * does
 * @param label the milestone, in a few words
 * @param rules the waits, tried in order; the last applies to any answers
 */
public record Milestone(String id, String after, boolean span, String label, List<MilestoneRule> rules) {

	/** What the first milestone comes after: the plan's start month. */
	public static final String START = "start";

	/** The milestone at which the credential is held. */
	public static final String EXAM = "exam";

	/** The milestone at which it is held without restriction, where there is one. */
	public static final String UNRESTRICTED = "unrestricted";

	public Milestone {
		id = Checks.text(id, "id");
		after = Checks.text(after, "after");
		label = Checks.text(label, "label");
		rules = Checks.list(rules, "rules");
	}

	/** The rule for {@code answers} (question id to value). */
	public MilestoneRule rule(Map<String, String> answers) {
		return this.rules.stream()
			.filter((rule) -> rule.when().isEmpty() || AnswerPatterns.match(rule.when(), answers))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The catalog's last rule for " + this.id + " has a when"));
	}

}
