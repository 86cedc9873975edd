package com.certadvisor.caching;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.web.RequestPipeline;
import com.certadvisor.web.Routes;
import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps the bytes of pages that were rendered and serves them again to the next request
 * for the same page, without rendering. A page's strong ETag ({@link PageTags}) names
 * exactly what it depends on, so it is the key: a page is only kept if the tag the
 * request gets is the tag the page was sent with. Counselors hand one link to many
 * students, so the same pages are asked for again and again.
 * <p>
 * Outside {@link PageCompression}, so gzipped bytes are kept gzipped; inside the security
 * filters, so every response still gets the hardening headers.
 */
@Order(RequestPipeline.PAGE_CACHE)
class PageCache extends OncePerRequestFilter {

	private static final List<PathPattern> PAGES = Routes.CACHED_PAGES.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	private final CatalogSource catalogs;

	private final PageTags tags;

	/** Pages by tag, within a total of bytes. */
	private final CatalogScopedCache<String, KeptPage> pages;

	/** False when the size is 0: then pages are not even buffered. */
	private final boolean keeping;

	PageCache(CatalogSource catalogs, PageTags tags, long maxBytes) {
		this.catalogs = catalogs;
		this.tags = tags;
		this.pages = new CatalogScopedCache<>(maxBytes, (page) -> page.body().length);
		this.keeping = maxBytes > 0;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!this.keeping || !"GET".equals(request.getMethod())) {
			return true;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return PAGES.stream().noneMatch((page) -> page.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String tag = this.tags.tag(request);
		Catalog catalog = this.catalogs.current();
		KeptPage kept = this.pages.get(catalog, tag);
		if (kept != null) {
			// The route the page was rendered for, so its metrics do not count it as an
			// unknown one: it never reaches the handler that would say.
			if (kept.route() != null) {
				ServerHttpObservationFilter.findObservationContext(request)
					.ifPresent((observation) -> observation.setPathPattern(kept.route()));
			}
			if (!PageCaching.notModified(request, response, tag)) {
				kept.writeTo(response);
			}
			return;
		}
		Set<String> before = new HashSet<>(response.getHeaderNames());
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (keepable(rendering, tag)) {
			String route = ServerHttpObservationFilter.findObservationContext(request)
				.map(ServerRequestObservationContext::getPathPattern)
				.orElse(null);
			this.pages.put(catalog, tag, KeptPage.of(rendering, before, route));
		}
		rendering.copyBodyToResponse();
	}

	/** The kept pages, for their metrics. */
	Cache<?, ?> pages() {
		return this.pages.values();
	}

	/** What the kept pages weigh, in bytes. */
	long bytes() {
		return this.pages.weight();
	}

	/**
	 * Only whole pages sent with this request's tag: not an error, a 304, a page of some
	 * other tag, nor anything setting a cookie.
	 */
	private static boolean keepable(ContentCachingResponseWrapper rendering, String tag) {
		return rendering.getStatus() == HttpServletResponse.SC_OK && tag.equals(rendering.getHeader(HttpHeaders.ETAG))
				&& rendering.getContentType() != null && rendering.getHeader(HttpHeaders.SET_COOKIE) == null;
	}

}
