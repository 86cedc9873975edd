package com.certadvisor.links;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

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
	public String withoutTracking(String query) {
		StringJoiner kept = new StringJoiner("&");
		for (String pair : query.split("&", -1)) {
			String name = pair.split("=", 2)[0];
			if (!isTracking(decode(name))) {
				kept.add(pair);
			}
		}
		return (kept.length() > 0) ? kept.toString() : null;
	}

	/** Whether the query string holds any tracking parameter: most do not. */
	public boolean anyIn(String query) {
		for (String pair : query.split("&", -1)) {
			if (isTracking(decode(pair.split("=", 2)[0]))) {
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
