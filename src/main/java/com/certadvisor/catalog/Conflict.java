package com.certadvisor.catalog;

import java.util.List;

/**
 * A question the sources answer differently, stated as it stands, for the sources page.
 *
 * @param title what the sources disagree on
 * @param text what each says, and what the catalog shows because of it
 * @param sources the ids of the sources involved
 */
public record Conflict(String title, String text, List<String> sources) {

	public Conflict {
		title = Checks.text(title, "title");
		text = Checks.text(text, "text");
		sources = Checks.list(sources, "sources");
	}

}
