package com.certadvisor.system;

import com.certadvisor.catalog.Catalog;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Catalog texts in the request's language, for templates:
 * {@code ${@i18n.t(question.text)}}. The catalog is written in English and carries its
 * own translations.
 */
@Component("i18n")
public class Translations {

	private final Catalog catalog;

	public Translations(Catalog catalog) {
		this.catalog = catalog;
	}

	public String t(String text) {
		return this.catalog.translate(text, LocaleContextHolder.getLocale().getLanguage());
	}

}
