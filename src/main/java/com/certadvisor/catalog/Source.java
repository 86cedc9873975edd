package com.certadvisor.catalog;

import java.net.URI;

/**
 * A publication facts are taken from.
 *
 * @param title what the page is, in words a reader recognises
 * @param url where it was published
 * @param publisher who published it, such as {@code AAPC} or a site's name
 * @param tier whether it is the issuing or a government body's own word
 */
public record Source(String title, URI url, String publisher, Tier tier) {

	public Source {
		title = Checks.text(title, "title");
		url = Checks.web(url, "url");
		publisher = Checks.text(publisher, "publisher");
		if (tier == null) {
			throw new IllegalArgumentException("'tier' must be official or third-party, not missing");
		}
	}

	public boolean official() {
		return this.tier == Tier.OFFICIAL;
	}

	/** The site's name as people type it: {@code aapc.com} for www.aapc.com. */
	public String site() {
		String host = this.url.getHost();
		return host.startsWith("www.") ? host.substring(4) : host;
	}

}
