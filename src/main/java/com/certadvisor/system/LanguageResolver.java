package com.certadvisor.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * {@code ?lang=} when it names a language we speak, otherwise the browser's
 * Accept-Language, otherwise English. Nothing is stored: no cookie, no session.
 */
class LanguageResolver implements LocaleResolver {

	private final AcceptHeaderLocaleResolver acceptHeader = new AcceptHeaderLocaleResolver();

	LanguageResolver() {
		this.acceptHeader.setSupportedLocales(Languages.SUPPORTED.stream().map(Locale::forLanguageTag).toList());
		this.acceptHeader.setDefaultLocale(Languages.DEFAULT);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return Languages.chosen(request).map(Locale::forLanguageTag).orElseGet(() -> language(request));
	}

	private Locale language(HttpServletRequest request) {
		return Locale.forLanguageTag(this.acceptHeader.resolveLocale(request).getLanguage());
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language is chosen per request with ?lang=");
	}

}
