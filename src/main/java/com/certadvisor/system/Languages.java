package com.certadvisor.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The languages the site speaks and the {@code lang} parameter that picks one. A link
 * keeps an explicit choice, so a shared link opens in the sender's language.
 */
public final class Languages {

	public static final String PARAMETER = "lang";

	public static final List<String> SUPPORTED = List.of("en", "es");

	public static final Locale DEFAULT = Locale.ENGLISH;

	private Languages() {
	}

	/** The language the request asked for with {@code lang}, if it is one we speak. */
	static Optional<String> chosen(HttpServletRequest request) {
		return Optional.ofNullable(request.getParameter(PARAMETER)).filter(SUPPORTED::contains);
	}

	/**
	 * {@code link} with {@code lang} set to {@code language}, any earlier value replaced.
	 */
	public static String withLanguage(String link, String language) {
		return UriComponentsBuilder.fromUriString(link).replaceQueryParam(PARAMETER, language).build().toUriString();
	}

	/** {@code link} without any {@code lang}. */
	static String withoutLanguage(String link) {
		return UriComponentsBuilder.fromUriString(link).replaceQueryParam(PARAMETER).build().toUriString();
	}

}
