package com.certadvisor.errors;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A request whose link was too broken to read, as the page that explains it sees it: at
 * {@link MalformedLinkHandling#PAGE}, with no query and no parameters, so that nothing
 * reads the broken link again and trips over it a second time.
 */
final class WithoutTheLink extends HttpServletRequestWrapper {

	WithoutTheLink(HttpServletRequest request) {
		super(request);
	}

	@Override
	public String getRequestURI() {
		return getContextPath() + MalformedLinkHandling.PAGE;
	}

	@Override
	public StringBuffer getRequestURL() {
		return new StringBuffer(getScheme() + "://" + getServerName() + ":" + getServerPort() + getRequestURI());
	}

	@Override
	public String getServletPath() {
		return MalformedLinkHandling.PAGE;
	}

	@Override
	public @Nullable String getPathInfo() {
		return null;
	}

	@Override
	public @Nullable String getQueryString() {
		return null;
	}

	@Override
	public @Nullable String getParameter(String name) {
		return null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return Map.of();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.emptyEnumeration();
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		return null;
	}

}
