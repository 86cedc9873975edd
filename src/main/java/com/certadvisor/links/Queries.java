package com.certadvisor.links;

/** Query strings added to links the pages make, without parsing them again. */
public final class Queries {

	private Queries() {
	}

	/**
	 * {@code link} with {@code query} ({@code name=value&…}, already encoded) after its
	 * own query, if it has one.
	 */
	public static String append(String link, String query) {
		return link + (link.contains("?") ? "&" : "?") + query;
	}

}
