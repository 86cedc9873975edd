package com.certadvisor.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * The languages the site speaks and the {@code lang} parameter that picks one. A link
 * keeps an explicit choice, so a shared link opens in the sender's language.
 */
public final class Languages {

	public static final String PARAMETER = "lang";

	public static final List<String> SUPPORTED = List.of("en", "es");

	public static final Locale DEFAULT = Locale.ENGLISH;

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private Languages() {
	}

	/** The language the request asked for with {@code lang}, if it is one we speak. */
	public static Optional<String> chosen(HttpServletRequest request) {
		return Optional.ofNullable(request.getParameter(PARAMETER)).filter(SUPPORTED::contains);
	}

	/**
	 * {@code link} with {@code lang} set to {@code language}, any earlier value replaced.
	 */
	public static String withLanguage(String link, String language) {
		return UriComponentsBuilder.fromUriString(link).replaceQueryParam(PARAMETER, language).build().toUriString();
	}

	/**
	 * The page this request asked for, as an application path with its query: the form
	 * templates' {@code @{...}} links take, since they add the context path themselves.
	 */
	public static String currentPage(HttpServletRequest request) {
		String query = request.getQueryString();
		return PATHS.getPathWithinApplication(request) + ((query != null) ? "?" + query : "");
	}

	/** {@code link} without the query parameter {@code name}. */
	public static String withoutParameter(String link, String name) {
		return UriComponentsBuilder.fromUriString(link).replaceQueryParam(name).build().toUriString();
	}

}
