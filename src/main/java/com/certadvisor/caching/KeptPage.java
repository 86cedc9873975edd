package com.certadvisor.caching;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Bytes of a page as they were sent, the headers the page itself set, and the route
 * template it was rendered for (null when no request metrics are taken).
 */
record KeptPage(byte[] body, String contentType, Locale language, Map<String, List<String>> headers,
		@Nullable String route) {

	/**
	 * Set by the container or from the page's language and type, not copied as headers.
	 */
	private static final Set<String> ENTITY_HEADERS = Set.of(HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT),
			HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT), HttpHeaders.CONTENT_LANGUAGE.toLowerCase(Locale.ROOT));

	KeptPage {
		if (body == null || contentType == null || language == null || headers == null) {
			throw new IllegalArgumentException("A kept page needs its body, type, language and headers");
		}
		headers = Map.copyOf(headers);
	}

	static KeptPage of(ContentCachingResponseWrapper rendered, Set<String> before, @Nullable String route) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : rendered.getHeaderNames()) {
			if (!before.contains(name) && !ENTITY_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, List.copyOf(rendered.getHeaders(name)));
			}
		}
		return new KeptPage(rendered.getContentAsByteArray(), rendered.getContentType(), rendered.getLocale(), headers,
				route);
	}

	void writeTo(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setLocale(this.language);
		response.setContentType(this.contentType);
		this.headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setContentLength(this.body.length);
		response.getOutputStream().write(this.body);
	}

}
