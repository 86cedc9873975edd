package com.certadvisor.catalog;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Something the result tells the people whose answers call for it, such as what working
 * from home looks like for a new coder.
 *
 * @param id its id, unique among the notes
 * @param title what it is about, in a few words
 * @param text what it says, in a sentence or two
 * @param source the id of its entry in the catalog's sources
 * @param asOf when the source says it held
 * @param kind the id of its kind, which sets how long it is trusted
 * @param estimate {@code true} when no official page confirms it
 * @param checkAt the id of an official source to check it against, or {@code null}
 * @param when answer patterns that call for it
 */
public record Note(String id, String title, String text, String source, AsOf asOf, String kind, boolean estimate,
		@Nullable String checkAt, List<Map<String, List<String>>> when) implements Sourced {

	public Note {
		id = Checks.text(id, "id");
		title = Checks.text(title, "title");
		text = Checks.text(text, "text");
		source = Checks.text(source, "source");
		Checks.present(asOf, "asOf");
		kind = Checks.text(kind, "kind");
		checkAt = Checks.optionalText(checkAt);
		when = Checks.list(AnswerPatterns.copy(when), "when");
	}

	/** Whether {@code answers} (question id to value) call for it. */
	public boolean callsFor(Map<String, String> answers) {
		return AnswerPatterns.match(this.when, answers);
	}

}
