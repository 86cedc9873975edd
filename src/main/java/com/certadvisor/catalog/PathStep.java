package com.certadvisor.catalog;

/**
 * One stage on the way from today to holding and keeping a credential.
 *
 * @param label the stage, in a few words
 * @param brief how long it takes, in a few words (for the timeline picture)
 * @param detail the stage explained in one sentence
 * @param source the id of its entry in the catalog's sources
 * @param asOf when the source says it held
 * @param kind the id of its kind, which sets how long it is trusted
 * @param estimate {@code true} when no official page confirms it
 * @param checkAt the id of an official source to check it against, or {@code null}
 */
public record PathStep(String label, String brief, String detail, String source, AsOf asOf, String kind,
		boolean estimate, String checkAt) implements Sourced {

	public PathStep {
		label = Checks.text(label, "label");
		brief = Checks.text(brief, "brief");
		detail = Checks.text(detail, "detail");
		source = Checks.text(source, "source");
		Checks.present(asOf, "asOf");
		kind = Checks.text(kind, "kind");
		checkAt = Checks.optionalText(checkAt);
	}

}
