package com.certadvisor.catalog;

/**
 * One answer a question offers.
 *
 * @param value the public value used in links (part of the questionnaire contract):
 * lowercase letters, digits and hyphens, so that a link typed in another case or with
 * spaces around a value still reads as this option
 * @param label what the person reads
 * @param hint an optional line explaining the label, or {@code null}
 */
public record Option(String value, String label, String hint) {

	public Option {
		value = Checks.text(value, "value");
		if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException(
					"'value' must be lowercase letters, digits and single hyphens, such as him-degree, not '" + value
							+ "'");
		}
		label = Checks.text(label, "label");
		hint = Checks.optionalText(hint);
	}

}
