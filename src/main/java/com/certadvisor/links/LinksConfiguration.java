package com.certadvisor.links;

import com.certadvisor.web.RequestPipeline;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses requests for a host the site does not expect, before anything builds a link
 * from it. Probes are answered whatever the host: kubelets send the pod's address.
 */
@Configuration(proxyBeanMethods = false)
class LinksConfiguration implements WebMvcConfigurer {

	private final PublicAddress address;

	LinksConfiguration(PublicAddress address) {
		this.address = address;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HostCheck(this.address))
			.excludePathPatterns("/livez", "/readyz", "/actuator/health", "/error")
			.order(RequestPipeline.HOST_CHECK);
	}

	/** Refuses a host the site does not serve. */
	private static final class HostCheck implements HandlerInterceptor {

		private final PublicAddress address;

		private HostCheck(PublicAddress address) {
			this.address = address;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (!this.address.serves(request)) {
				throw new ForeignHostException(request.getServerName());
			}
			return true;
		}

	}

}
