package com.certadvisor.catalog;

/**
 * One change to the facts, so a link made with an older edition can say what is new.
 *
 * @param edition the edition that made it
 * @param summary what changed, in one line
 * @param source the id of the source the change rests on
 */
public record Change(Edition edition, String summary, String source) {

	public Change {
		Checks.present(edition, "edition");
		summary = Checks.text(summary, "summary");
		source = Checks.text(source, "source");
	}

}
