package com.certadvisor.caching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import com.certadvisor.catalog.CatalogSource;
import org.apache.commons.codec.digest.DigestUtils;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Names the exact bytes of a page with a strong ETag. A page is a pure function of the
 * host (share links and QR codes name it), the path, the query and its parameters, the
 * language, the catalog edition, the day (facts turn stale with the date) and whether it
 * is gzipped ({@link PageCompression}), so the tag hashes those and nothing needs
 * rendering to tell two pages apart.
 */
class PageTags {

	private static final String TAG = PageTags.class.getName() + ".tag";

	private final CatalogSource catalogs;

	private final LocaleResolver languages;

	private final Clock clock;

	PageTags(CatalogSource catalogs, LocaleResolver languages, Clock clock) {
		this.catalogs = catalogs;
		this.languages = languages;
		this.clock = clock;
	}

	/** The tag of the page this request asks for; worked out once per request. */
	String tag(HttpServletRequest request) {
		if (request.getAttribute(TAG) instanceof String tag) {
			return tag;
		}
		StringBuilder key = new StringBuilder();
		for (String part : List.of(this.catalogs.current().tag(), LocalDate.now(this.clock).toString(),
				request.getServerName(), request.getRequestURI(), String.valueOf(request.getQueryString()),
				this.languages.resolveLocale(request).toLanguageTag(),
				PageCompression.acceptsGzip(request) ? "gzip" : "identity")) {
			key.append(part).append('\n');
		}
		// The answers are read from the parameters, which need not all come from the
		// query.
		request.getParameterMap()
			.forEach((name, values) -> key.append(name).append('=').append(List.of(values)).append('\n'));
		String tag = "\"" + HexFormat.of().formatHex(DigestUtils.sha256(key.toString()), 0, 16) + "\"";
		request.setAttribute(TAG, tag);
		return tag;
	}

}
