package com.certadvisor.catalog;

/**
 * One stage on the way from today to holding and keeping a credential.
 *
 * @param label the stage, in a few words
 * @param brief how long it takes, in a few words (for the timeline picture)
 * @param detail the stage explained in one sentence
 * @param source the id of its entry in the catalog's sources
 * @param asOf when the source says it held
 * @param estimate {@code true} when no official page confirms it
 */
public record PathStep(String label, String brief, String detail, String source, AsOf asOf, boolean estimate) {

	public PathStep {
		label = Checks.text(label, "label");
		brief = Checks.text(brief, "brief");
		detail = Checks.text(detail, "detail");
		source = Checks.text(source, "source");
		Checks.present(asOf, "asOf");
	}

}
