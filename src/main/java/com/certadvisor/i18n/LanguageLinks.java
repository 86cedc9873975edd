package com.certadvisor.i18n;

import java.io.IOException;

import com.certadvisor.web.RequestPipeline;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Keeps an explicit {@code ?lang=} in every page link the templates build (they all pass
 * through {@link HttpServletResponse#encodeURL}), so moving around never changes the
 * language. Static files are left alone: their fingerprinted URLs stay shared.
 */
@Order(RequestPipeline.LANGUAGE_LINKS)
class LanguageLinks extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String language = Languages.chosen(request).orElse(null);
		chain.doFilter(request, (language != null) ? new Keeping(response, language) : response);
	}

	private static final class Keeping extends HttpServletResponseWrapper {

		private final String language;

		Keeping(HttpServletResponse response, String language) {
			super(response);
			this.language = language;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(isPage(url) ? Languages.withLanguage(url, this.language) : url);
		}

		/**
		 * An app-relative page link that does not pick a language itself (the switch
		 * does).
		 */
		private static boolean isPage(String url) {
			String path = url.split("[?#]", 2)[0];
			return url.startsWith("/") && !url.startsWith("//") && !path.substring(path.lastIndexOf('/')).contains(".")
					&& !UriComponentsBuilder.fromUriString(url)
						.build()
						.getQueryParams()
						.containsKey(Languages.PARAMETER);
		}

	}

}
