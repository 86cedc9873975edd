package com.certadvisor.errors;

import java.io.IOException;

import com.certadvisor.web.RequestPipeline;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's parameters before anything else does. Tomcat refuses a malformed
 * percent-escape or too many parameters on first reading and again on every later one, so
 * even an error page could not be drawn; such a request goes on without parameters,
 * marked for {@link MalformedLinkHandling} to answer with the site's 400 page.
 */
@Component
@Order(RequestPipeline.MALFORMED_QUERY)
class MalformedQueryFilter extends OncePerRequestFilter {

	private final int maxParameters;

	MalformedQueryFilter(@Value("${server.tomcat.max-parameter-count:1000}") int maxParameters) {
		this.maxParameters = maxParameters;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			MalformedLinkHandling.explain(request, response, problemOf(request.getQueryString()));
			return;
		}
		chain.doFilter(request, response);
	}

	private MalformedLink problemOf(String query) {
		long parameters = (query != null) ? query.chars().filter((character) -> character == '&').count() + 1 : 0;
		return (parameters > this.maxParameters) ? MalformedLink.TOO_MANY : MalformedLink.ESCAPE;
	}

}
