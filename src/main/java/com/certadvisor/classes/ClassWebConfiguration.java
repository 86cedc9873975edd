package com.certadvisor.classes;

import com.certadvisor.web.RequestPipeline;
import com.certadvisor.web.Routes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Class routes are the site's only private, changing pages: never stored by a browser or
 * a proxy, never indexed. Every other page keeps its ETag and public caching.
 */
@Configuration(proxyBeanMethods = false)
class ClassWebConfiguration implements WebMvcConfigurer {

	static final String NO_STORE = "no-store";

	static final String NOINDEX = "noindex, nofollow";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PrivatePages())
			.addPathPatterns(Routes.CLASSES, Routes.CLASSES + "/**", "/api/classes/**")
			.order(RequestPipeline.CLASS_PAGES);
	}

	/** Class pages are neither stored by a cache nor indexed. */
	private static final class PrivatePages implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			response.setHeader("X-Robots-Tag", NOINDEX);
			return true;
		}

	}

}
