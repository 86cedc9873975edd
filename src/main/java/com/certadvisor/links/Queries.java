package com.certadvisor.links;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriUtils;

/** Query strings: added to links the pages make, and read back from stored links. */
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
	 * The parameters of {@code query} ({@code name=value&…}), decoded, in order; a name
	 * without a value has an empty one.
	 * @throws IllegalArgumentException if an escape is malformed
	 */
	public static Map<String, List<String>> parse(String query) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split("=", 2);
				parameters.computeIfAbsent(decode(parts[0]), (name) -> new ArrayList<>())
					.add((parts.length == 2) ? decode(parts[1]) : "");
			}
		}
		return parameters;
	}

	/** As a form's fields are decoded: {@code +} is a space. */
	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	/**
	 * {@code link} with {@code name=value}, the value encoded; unchanged without a value.
	 * A {@code +} is encoded too, since {@link #parse} and the server read it as a space.
	 */
	public static String with(String link, String name, @Nullable String value) {
		if (value == null) {
			return link;
		}
		return append(link, name + "=" + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B"));
	}

}
