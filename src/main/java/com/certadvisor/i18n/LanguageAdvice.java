package com.certadvisor.i18n;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
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
	@Nullable String lang(HttpServletRequest request) {
		return Languages.chosen(request).orElse(null);
	}

	/**
	 * None on a page a POST answered (a class result added or refused): a link to its
	 * address would ask for it again with a GET, which it does not answer. Such a page
	 * keeps the language its form was sent in.
	 */
	@ModelAttribute("languages")
	@Nullable List<LanguageChoice> languages(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return null;
		}
		String page = Languages.currentPage(request);
		String current = LocaleContextHolder.getLocale().getLanguage();
		return Languages.SUPPORTED.stream()
			.map((code) -> new LanguageChoice(code, Languages.withLanguage(page, code), code.equals(current)))
			.toList();
	}

}
