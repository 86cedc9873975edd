package com.certadvisor.catalog;

import org.jspecify.annotations.Nullable;

/**
 * One thing to do on the way to a credential, with the official page that says how.
 *
 * @param label the step, in a few words
 * @param detail the step explained in a sentence or two
 * @param source the id of its entry in the catalog's sources
 * @param asOf when the source says it held
 * @param kind the id of its kind, which sets how long it is trusted
 * @param estimate {@code true} when no official page confirms it
 * @param checkAt the id of an official source to check it against, or {@code null}
 */
public record NextStep(String label, String detail, String source, AsOf asOf, String kind, boolean estimate,
		@Nullable String checkAt) implements Sourced {

	public NextStep {
		label = Checks.text(label, "label");
		detail = Checks.text(detail, "detail");
		source = Checks.text(source, "source");
		Checks.present(asOf, "asOf");
		kind = Checks.text(kind, "kind");
		checkAt = Checks.optionalText(checkAt);
	}

	/** The official page the step links to: its source, or the page to check it at. */
	public String officialSource() {
		return (this.checkAt != null) ? this.checkAt : this.source;
	}

}
