package com.certadvisor.i18n;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page needs for its language switch and its GET forms. */
@ControllerAdvice
class LanguageAdvice {

	/**
	 * One entry of the language switch.
	 *
	 * @param code the language code
	 * @param link this page in that language
	 * @param current whether the page is in that language now
	 */
	record LanguageChoice(String code, String link, boolean current) {

	}

	/** The explicit {@code lang}, which GET forms carry as a hidden field, or null. */
	@ModelAttribute("lang")
	String lang(HttpServletRequest request) {
		return Languages.chosen(request).orElse(null);
	}

	@ModelAttribute("languages")
	List<LanguageChoice> languages(HttpServletRequest request) {
		String page = Languages.currentPage(request);
		String current = LocaleContextHolder.getLocale().getLanguage();
		return Languages.SUPPORTED.stream()
			.map((code) -> new LanguageChoice(code, Languages.withLanguage(page, code), code.equals(current)))
			.toList();
	}

}
