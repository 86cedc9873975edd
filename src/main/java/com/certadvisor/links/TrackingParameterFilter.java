package com.certadvisor.links;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.certadvisor.web.RequestPipeline;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the rest of the application a request without its tracking parameters, so that a
 * link shared through a newsletter or a social network opens as if they were absent: the
 * same page, the same cache entry and ETag, and links that do not carry them on. Runs
 * before the page cache.
 */
@Component
@Order(RequestPipeline.TRACKING_PARAMETERS)
class TrackingParameterFilter extends OncePerRequestFilter {

	private final TrackingParameters tracking;

	private final RefusedLinks links;

	TrackingParameterFilter(TrackingParameters tracking, RefusedLinks links) {
		this.tracking = tracking;
		this.links = links;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query == null || !this.tracking.anyIn(query)) {
			chain.doFilter(request, response);
			return;
		}
		this.links.trackingDropped();
		chain.doFilter(new WithoutTracking(request, this.tracking), response);
	}

	/** The request as if its link had come without tracking parameters. */
	private static final class WithoutTracking extends HttpServletRequestWrapper {

		private final @Nullable String query;

		private final Map<String, String[]> parameters;

		WithoutTracking(HttpServletRequest request, TrackingParameters tracking) {
			super(request);
			this.query = tracking.withoutTracking(request.getQueryString());
			Map<String, String[]> parameters = new LinkedHashMap<>();
			request.getParameterMap().forEach((name, values) -> {
				if (!tracking.isTracking(name)) {
					parameters.put(name, values);
				}
			});
			this.parameters = Collections.unmodifiableMap(parameters);
		}

		@Override
		public @Nullable String getQueryString() {
			return this.query;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			String[] values = this.parameters.get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

	}

}
