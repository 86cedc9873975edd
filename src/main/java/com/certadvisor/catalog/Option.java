package com.certadvisor.catalog;

/**
 * One answer a question offers.
 *
 * @param value the public value used in links (part of the questionnaire contract)
 * @param label what the person reads
 * @param hint an optional line explaining the label, or {@code null}
 */
public record Option(String value, String label, String hint) {

	public Option {
		value = Checks.text(value, "value");
		label = Checks.text(label, "label");
		hint = Checks.optionalText(hint);
	}

}
