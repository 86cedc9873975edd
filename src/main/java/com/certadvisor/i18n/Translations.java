package com.certadvisor.i18n;

import com.certadvisor.catalog.CatalogSource;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Catalog texts in the request's language, for templates:
 * {@code ${@i18n.t(question.text)}}. The catalog is written in English and carries its
 * own translations.
 */
@Component("i18n")
public class Translations {

	private final CatalogSource catalogs;

	public Translations(CatalogSource catalogs) {
		this.catalogs = catalogs;
	}

	public String t(String text) {
		return this.catalogs.current().translate(text, LocaleContextHolder.getLocale().getLanguage());
	}

}
