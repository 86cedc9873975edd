package com.certadvisor.catalog;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A credential worth knowing about beside CPC and CCS.
 *
 * @param id its short name, such as {@code CPC-A}
 * @param name its full name
 * @param issuer the body that awards it
 * @param summary one line on what it is
 * @param source the id of its entry in the catalog's sources
 * @param asOf when the source says it held
 * @param kind the id of its kind, which sets how long it is trusted
 * @param estimate {@code true} when no official page confirms it
 * @param checkAt the id of an official source to check it against, or {@code null}
 * @param relevantWhen answer patterns that make it worth suggesting: it is relevant when
 * any pattern matches, and a pattern matches when every question it names has one of the
 * listed values
 * @param unless answer patterns that rule it out, such as holding it already
 */
public record RelatedCredential(String id, String name, String issuer, String summary, String source, AsOf asOf,
		String kind, boolean estimate, @Nullable String checkAt, List<Map<String, List<String>>> relevantWhen,
		List<Map<String, List<String>>> unless) implements Sourced {

	public RelatedCredential {
		id = Checks.text(id, "id");
		name = Checks.text(name, "name");
		issuer = Checks.text(issuer, "issuer");
		summary = Checks.text(summary, "summary");
		source = Checks.text(source, "source");
		Checks.present(asOf, "asOf");
		kind = Checks.text(kind, "kind");
		checkAt = Checks.optionalText(checkAt);
		relevantWhen = AnswerPatterns.copy(relevantWhen);
		unless = AnswerPatterns.copy(unless);
	}

	/** Whether {@code answers} (question id to value) match any of its patterns. */
	public boolean relevantTo(Map<String, String> answers) {
		return AnswerPatterns.match(this.relevantWhen, this.unless, answers);
	}

}
