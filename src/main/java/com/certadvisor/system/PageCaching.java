package com.certadvisor.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.certadvisor.catalog.CatalogSource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * HTTP caching for pages that are pure functions of their URL, language and catalog
 * edition: a strong ETag derived from those, and 304 for a client that already has it.
 * Headers are only added to pages that rendered; a 400 page is not cached.
 */
class PageCaching implements HandlerInterceptor {

	static final String CACHE_CONTROL = "public, max-age=300";

	private static final String ETAG_ATTRIBUTE = PageCaching.class.getName() + ".etag";

	private final CatalogSource catalogs;

	PageCaching(CatalogSource catalogs) {
		this.catalogs = catalogs;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String etag = etag(request);
		request.setAttribute(ETAG_ATTRIBUTE, etag);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			cacheHeaders(response, etag);
			return false;
		}
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (response.getStatus() == HttpServletResponse.SC_OK) {
			cacheHeaders(response, (String) request.getAttribute(ETAG_ATTRIBUTE));
		}
	}

	private static void cacheHeaders(HttpServletResponse response, String etag) {
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.ACCEPT_ENCODING);
	}

	/**
	 * Hashes the host (share links and QR codes name it), the path, the query, the
	 * language, the catalog edition and whether the bytes are gzipped (a strong tag names
	 * exact bytes, see {@link PageCompression}).
	 */
	private String etag(HttpServletRequest request) {
		String key = String.join("\n", this.catalogs.current().version(), request.getServerName(),
				request.getRequestURI(), String.valueOf(request.getQueryString()),
				LocaleContextHolder.getLocale().toLanguageTag(),
				PageCompression.acceptsGzip(request) ? "gzip" : "identity");
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
