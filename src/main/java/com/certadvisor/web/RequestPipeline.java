package com.certadvisor.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;

/**
 * The order in which every servlet filter and handler interceptor of the application
 * runs, outermost first, named relative to Spring Boot's and Spring Security's own so
 * that no two tie. {@code docs/architecture.md} ("One request") has the whole pipeline as
 * a table, checked against the running application by {@code RequestPipelineTests}.
 */
public final class RequestPipeline {

	// Servlet filters. Boot's character encoding runs at HIGHEST_PRECEDENCE and its
	// observation of the request at HIGHEST_PRECEDENCE + 1, so every request is measured.

	/** One catalog for the whole request, error pages included ({@code editions}). */
	public static final int CATALOG_PIN = Ordered.HIGHEST_PRECEDENCE + 2;

	/**
	 * Parameters read once, before anything else reads them: a malformed query gets the
	 * 400 page ({@code errors}).
	 */
	public static final int MALFORMED_QUERY = CATALOG_PIN + 1;

	/**
	 * The request without tracking parameters, before anything keys on the URL
	 * ({@code links}).
	 */
	public static final int TRACKING_PARAMETERS = MALFORMED_QUERY + 1;

	// Boot's form content (-9900) and request context (-105) filters, then Spring
	// Security's chain (-100): headers, no session, the firewall.

	/** Pages kept rendered, inside the security headers ({@code caching}). */
	public static final int PAGE_CACHE = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10;

	/** Gzip with a tag per encoding, inside the page cache so it keeps gzipped bytes. */
	public static final int PAGE_COMPRESSION = PAGE_CACHE + 1;

	/** Links that keep an explicit {@code lang} ({@code i18n}). */
	public static final int LANGUAGE_LINKS = PAGE_COMPRESSION + 1;

	// Boot's ResourceUrlEncodingFilter (LOWEST_PRECEDENCE) is innermost: a link
	// a template builds gets its static file's hash there first, then the
	// language.

	// Handler interceptors, once a handler is chosen; Spring MVC adds its own at order 0,
	// after these.

	/** A host the site does not serve is refused ({@code links}). */
	public static final int HOST_CHECK = Ordered.HIGHEST_PRECEDENCE;

	/** A request the malformed-query filter marked gets the 400 page ({@code errors}). */
	public static final int MALFORMED_LINK = HOST_CHECK + 1;

	/**
	 * An unknown {@code lang} or a misspelt {@code edition} gets the 400 page
	 * ({@code errors}).
	 */
	public static final int DISPLAY_PARAMETERS = MALFORMED_LINK + 1;

	/** ETags and 304s for pages ({@code caching}). */
	public static final int PAGE_CACHING = DISPLAY_PARAMETERS + 1;

	/** Class pages are neither stored nor indexed ({@code classes}). */
	public static final int CLASS_PAGES = PAGE_CACHING + 1;

	private RequestPipeline() {
	}

}
