package com.certadvisor.catalog;

import java.net.URI;

/**
 * A publication facts are taken from.
 *
 * @param title what the page is, in words a reader recognises
 * @param url where it was published
 */
public record Source(String title, URI url) {

	public Source {
		title = Checks.text(title, "title");
		if (url == null || !url.isAbsolute() || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
			throw new IllegalArgumentException("'url' must be an absolute http or https address");
		}
	}

}
