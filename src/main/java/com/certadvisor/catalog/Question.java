package com.certadvisor.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One question of the questionnaire.
 *
 * @param id the public id used in links (part of the questionnaire contract)
 * @param text the question as asked
 * @param help an optional explanation shown under the question, or {@code null}
 * @param options the answers it offers, in display order
 */
public record Question(String id, String text, String help, List<Option> options) {

	public Question {
		id = Checks.text(id, "id");
		text = Checks.text(text, "text");
		help = Checks.optionalText(help);
		options = Checks.list(options, "options");
	}

	public Optional<Option> option(String value) {
		return this.options.stream().filter((option) -> option.value().equals(value)).findFirst();
	}

}
