package com.certadvisor.links;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

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

	/**
	 * {@code link} with {@code name=value}, the value encoded; unchanged without a value.
	 */
	public static String with(String link, String name, String value) {
		if (value == null) {
			return link;
		}
		return append(link, name + "=" + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
	}

}
