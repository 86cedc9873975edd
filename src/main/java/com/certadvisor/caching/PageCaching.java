package com.certadvisor.caching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * HTTP caching for pages that are pure functions of their URL, language and catalog
 * edition: a strong ETag ({@link PageTags}), and 304 for a client that already has it.
 * Headers are only added to pages that rendered; a 400 page is not cached.
 */
class PageCaching implements HandlerInterceptor {

	static final String CACHE_CONTROL = "public, max-age=300";

	private final PageTags tags;

	PageCaching(PageTags tags) {
		this.tags = tags;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		return !notModified(request, response, this.tags.tag(request));
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (response.getStatus() == HttpServletResponse.SC_OK) {
			cacheHeaders(response, this.tags.tag(request));
		}
	}

	/**
	 * Answers 304 if the client already holds the page tagged {@code etag}, and says
	 * whether it did. Spring compares the tags (lists, weak comparison); asked only when
	 * the client sent a tag, as it also sets the ETag, which a page that turns out an
	 * error must not carry.
	 */
	static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag) {
		if (request.getHeader(HttpHeaders.IF_NONE_MATCH) == null
				|| !new ServletWebRequest(request, response).checkNotModified(etag)) {
			return false;
		}
		cacheHeaders(response, etag);
		return true;
	}

	static void cacheHeaders(HttpServletResponse response, String etag) {
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.ACCEPT_ENCODING);
	}

}
