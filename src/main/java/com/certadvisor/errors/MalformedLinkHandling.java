package com.certadvisor.errors;

import java.io.IOException;
import java.util.Collections;
import java.util.Set;

import com.certadvisor.web.RequestPipeline;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Routes links too broken to read to {@link MalformedLinkAdvice}: those Tomcat refused
 * before mapping them ({@link MalformedPathValve}, installed here), those Spring
 * Security's firewall refused, and those whose parameters could not be read
 * ({@link MalformedQueryFilter}).
 */
@Configuration(proxyBeanMethods = false)
class MalformedLinkHandling implements WebMvcConfigurer {

	/** Methods a followed link or a form of this site uses. */
	private static final Set<String> LINK_METHODS = Set.of("GET", "HEAD", "POST");

	/**
	 * Where the valve and the filter hand a link too broken to read; opened directly, it
	 * is not found.
	 */
	static final String PAGE = "/malformed-link";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new MarkedLinks()).order(RequestPipeline.MALFORMED_LINK);
	}

	/** Answers a request {@link MalformedQueryFilter} marked with the 400 page. */
	private static final class MarkedLinks implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (request.getAttribute(MalformedLink.ATTRIBUTE) instanceof MalformedLink problem) {
				throw new MalformedLinkException(problem,
						Boolean.TRUE.equals(request.getAttribute(MalformedLink.API_ATTRIBUTE)));
			}
			return true;
		}

	}

	/**
	 * Hands a request whose link is too broken to read to {@link #PAGE}, without the
	 * link, and marked with the problem, whether it was meant for the API, and the link's
	 * path.
	 */
	static void explain(HttpServletRequest request, HttpServletResponse response, MalformedLink problem)
			throws ServletException, IOException {
		request.setAttribute(MalformedLink.ATTRIBUTE, problem);
		request.setAttribute(MalformedLink.API_ATTRIBUTE,
				request.getRequestURI().startsWith(request.getContextPath() + "/api/"));
		request.setAttribute(MalformedLink.PATH_ATTRIBUTE, request.getRequestURI());
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		request.getServletContext().getRequestDispatcher(PAGE).forward(new WithoutTheLink(request), response);
	}

	/**
	 * Spring Security's firewall refuses what Tomcat lets through, such as an encoded
	 * {@code ..} that stays inside the site or a control character in a parameter's name:
	 * the same page explains it.
	 */
	@Bean
	RequestRejectedHandler malformedLinkPage() {
		RequestRejectedHandler plain = new HttpStatusRequestRejectedHandler();
		return (request, response, ex) -> {
			MalformedLink problem = problemOf(request);
			if (problem == null) {
				plain.handle(request, response, ex);
			}
			else {
				explain(request, response, problem);
			}
		};
	}

	/**
	 * What the firewall refused in a link a person could have followed: its path, or a
	 * parameter's name. A method or a header it refused is no link: that gets a plain
	 * 400, since the page would be refused again for the same reason.
	 */
	static @Nullable MalformedLink problemOf(HttpServletRequest request) {
		if (!LINK_METHODS.contains(request.getMethod()) || !printable(request)) {
			return null;
		}
		boolean badName = Collections.list(request.getParameterNames())
			.stream()
			.anyMatch((name) -> name.chars().anyMatch(Character::isISOControl));
		return badName ? MalformedLink.ESCAPE : MalformedLink.PATH;
	}

	private static boolean printable(HttpServletRequest request) {
		for (String name : Collections.list(request.getHeaderNames())) {
			for (String value : Collections.list(request.getHeaders(name))) {
				if (!(name + value).chars().allMatch((c) -> c >= 0x20 && c < 0x7f || c == '\t')) {
					return false;
				}
			}
		}
		return true;
	}

	/** Replaces Tomcat's error report on the host, which knows nothing of the site. */
	@Bean
	ApplicationListener<ServletWebServerInitializedEvent> malformedPathPage() {
		return (event) -> {
			if (event.getWebServer() instanceof TomcatWebServer server) {
				Pipeline pipeline = server.getTomcat().getHost().getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof MalformedPathValve)) {
						pipeline.removeValve(valve);
					}
				}
				pipeline.addValve(new MalformedPathValve());
			}
		};
	}

}
