package com.certadvisor.errors;

/**
 * How a link can be broken before any page reads it. The servlet container refuses such
 * links itself; the site answers them with its own 400 page, or problem details under
 * {@code /api}.
 */
public enum MalformedLink {

	/** A path that climbs out of the site, such as {@code /%2e%2e/%2e%2e/etc/passwd}. */
	PATH,
	/** A {@code %} not followed by two hex digits, or escapes that are no UTF-8 text. */
	ESCAPE,
	/** More parameters than the container reads. */
	TOO_MANY;

	/** The request attribute that carries the problem to the page that explains it. */
	static final String ATTRIBUTE = MalformedLink.class.getName();

	/** The request attribute that says whether the link was meant for the API. */
	static final String API_ATTRIBUTE = ATTRIBUTE + ".api";

	/** The request attribute that keeps the link's path, as it was sent. */
	static final String PATH_ATTRIBUTE = ATTRIBUTE + ".path";

	/** The property key of the page's explanation. */
	String messageKey() {
		return "malformedLink." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
	}

}
