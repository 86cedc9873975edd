package com.certadvisor.i18n;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * {@code ?lang=} when it names a language we speak, otherwise the browser's
 * Accept-Language, otherwise English. Nothing is stored: no cookie, no session.
 */
public class LanguageResolver implements LocaleResolver {

	/**
	 * Spring asks again each time the locale is read (every translated text on a page),
	 * and each answer means parsing the headers through the firewall; once per request is
	 * enough.
	 */
	private static final String RESOLVED = LanguageResolver.class.getName() + ".resolved";

	private final AcceptHeaderLocaleResolver acceptHeader = new AcceptHeaderLocaleResolver();

	public LanguageResolver() {
		this.acceptHeader.setSupportedLocales(Languages.SUPPORTED.stream().map(Locale::forLanguageTag).toList());
		this.acceptHeader.setDefaultLocale(Languages.DEFAULT);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
			return resolved;
		}
		Locale locale = Languages.chosen(request).map(Locale::forLanguageTag).orElseGet(() -> language(request));
		request.setAttribute(RESOLVED, locale);
		return locale;
	}

	private Locale language(HttpServletRequest request) {
		return Locale.forLanguageTag(this.acceptHeader.resolveLocale(request).getLanguage());
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language is chosen per request with ?lang=");
	}

}
