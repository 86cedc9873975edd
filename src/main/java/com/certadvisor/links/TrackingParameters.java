package com.certadvisor.links;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriUtils;

/**
 * The query parameters newsletter tools, social networks and ad platforms add to a link:
 * a page drops them silently instead of answering 400, and never copies them into the
 * links it makes. Names are compared without regard to case.
 *
 * @param names whole names, such as {@code fbclid}
 * @param prefixes name beginnings, such as {@code utm_}
 */
@ConfigurationProperties("cert-advisor.links.tracking")
public record TrackingParameters(@DefaultValue( {
		"fbclid", "gclid", "gbraid", "wbraid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "twclid",
		"li_fat_id", "yclid", "ref" }) Set<String> names, @DefaultValue("utm_") List<String> prefixes){

	public TrackingParameters {
		names = names.stream().map(TrackingParameters::normal).collect(Collectors.toUnmodifiableSet());
		prefixes = prefixes.stream().map(TrackingParameters::normal).toList();
		if (names.contains("") || prefixes.contains("")) {
			throw new IllegalArgumentException("cert-advisor.links.tracking names and prefixes must not be blank");
		}
	}

	/** Whether {@code name}, as the request decodes it, is a tracking parameter. */
	public boolean isTracking(String name) {
		String normal = normal(name);
		return this.names.contains(normal) || this.prefixes.stream().anyMatch(normal::startsWith);
	}

	/**
	 * The query string without its tracking parameters, the rest as written and in order;
	 * {@code null} when nothing is left.
	 */
	public @Nullable String withoutTracking(String query) {
		StringJoiner kept = new StringJoiner("&");
		for (String pair : query.split("&", -1)) {
			String name = pair.split("=", 2)[0];
			if (!isTracking(decode(name))) {
				kept.add(pair);
			}
		}
		return (kept.length() > 0) ? kept.toString() : null;
	}

	/**
	 * Whether the query string holds any tracking parameter. Most do not, and every
	 * request with a query asks, a page served from the cache too, so names are compared
	 * in place.
	 */
	public boolean anyIn(String query) {
		int start = 0;
		while (start <= query.length()) {
			int end = query.indexOf('&', start);
			end = (end < 0) ? query.length() : end;
			int equals = query.indexOf('=', start);
			if (isTracking(query, start, (equals >= 0 && equals < end) ? equals : end)) {
				return true;
			}
			start = end + 1;
		}
		return false;
	}

	private boolean isTracking(String query, int from, int to) {
		int plus = query.indexOf('+', from);
		int percent = query.indexOf('%', from);
		if ((plus >= 0 && plus < to) || (percent >= 0 && percent < to)) {
			return isTracking(decode(query.substring(from, to)));
		}
		int length = to - from;
		for (String name : this.names) {
			if (name.length() == length && query.regionMatches(true, from, name, 0, length)) {
				return true;
			}
		}
		for (String prefix : this.prefixes) {
			if (prefix.length() <= length && query.regionMatches(true, from, prefix, 0, prefix.length())) {
				return true;
			}
		}
		return false;
	}

	private static String decode(String name) {
		try {
			return UriUtils.decode(name.replace('+', ' '), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return name;
		}
	}

	private static String normal(String name) {
		return StringUtils.hasText(name) ? name.strip().toLowerCase(Locale.ROOT) : "";
	}

}
