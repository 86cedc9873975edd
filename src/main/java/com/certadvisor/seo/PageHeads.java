package com.certadvisor.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.certadvisor.i18n.Languages;
import com.certadvisor.links.PublicAddress;
import com.certadvisor.seo.PageHead.Alternate;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * The head of the page being drawn, for the layout: {@code ${@head.current()}}. Read from
 * the request, so that error pages, which no controller fills, have one too.
 */
@Component("head")
public class PageHeads {

	/** Where the preview images are served, fingerprinted and kept for a year. */
	public static final String PREVIEWS = "/previews/";

	private static final Map<String, String> OPEN_GRAPH_LOCALES = Map.of("en", "en_US", "es", "es_ES");

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private final MessageSource messages;

	private final PublicAddress address;

	private final ResourceUrlProvider resources;

	public PageHeads(MessageSource messages, PublicAddress address, ResourceUrlProvider resources) {
		this.messages = messages;
		this.address = address;
		this.resources = resources;
	}

	public PageHead current() {
		ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder
			.currentRequestAttributes();
		HttpServletRequest request = attributes.getRequest();
		// An error page drawn by the container describes the page asked for, not /error.
		boolean dispatched = request.getDispatcherType() == DispatcherType.ERROR;
		String path = dispatched
				? PATHS.getOriginatingRequestUri(request).substring(PATHS.getOriginatingContextPath(request).length())
				: PATHS.getPathWithinApplication(request);
		String query = dispatched ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)
				: request.getQueryString();
		PageKind kind = PageKind.of(path);
		boolean error = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null
				|| (attributes.getResponse() != null && attributes.getResponse().getStatus() >= 400);
		// A host the site does not serve gets its 400 page with no address pointing at
		// it.
		String origin = this.address.serves(request) ? this.address.origin() : "";
		return head(kind, origin, path, query, !error && kind.indexed() && withoutAnswers(query));
	}

	/**
	 * The head of a page of {@code kind} at {@code path} with {@code query}, its
	 * addresses absolute from {@code origin}.
	 */
	PageHead head(PageKind kind, String origin, String path, String query, boolean indexed) {
		Locale locale = LocaleContextHolder.getLocale();
		String language = locale.getLanguage();
		String page = path + ((query != null) ? "?" + query : "");
		// Language alternates tell search engines which page to index in which language;
		// a page they may not index has none.
		List<Alternate> alternates = new ArrayList<>();
		if (indexed) {
			Languages.SUPPORTED.forEach((code) -> alternates.add(new Alternate(code, origin + inLanguage(page, code))));
			alternates.add(new Alternate("x-default", origin + Languages.withoutParameter(page, Languages.PARAMETER)));
		}
		String image = PREVIEWS + kind.previewImage(language);
		String fingerprinted = this.resources.getForLookupPath(image);
		return new PageHead(text(kind, "title", locale), text(kind, "description", locale),
				origin + inLanguage(page, language), alternates,
				origin + ((fingerprinted != null) ? fingerprinted : image), text(kind, "image", locale),
				Objects.requireNonNull(OPEN_GRAPH_LOCALES.get(language)),
				Languages.SUPPORTED.stream()
					.filter((code) -> !code.equals(language))
					.map(OPEN_GRAPH_LOCALES::get)
					.toList(),
				indexed);
	}

	/**
	 * {@code page} in {@code language}: English without {@code lang}, as the sitemap
	 * lists it.
	 */
	static String inLanguage(String page, String language) {
		String without = Languages.withoutParameter(page, Languages.PARAMETER);
		return language.equals(Languages.DEFAULT.getLanguage()) ? without : Languages.withLanguage(without, language);
	}

	private String text(PageKind kind, String part, Locale locale) {
		return this.messages.getMessage(kind.messages() + "." + part, null, locale);
	}

	/** Whether a query carries nothing personal: no answers, only the language. */
	private static boolean withoutAnswers(String query) {
		return query == null || UriComponentsBuilder.fromUriString("?" + query)
			.build()
			.getQueryParams()
			.keySet()
			.stream()
			.allMatch(Languages.PARAMETER::equals);
	}

}
