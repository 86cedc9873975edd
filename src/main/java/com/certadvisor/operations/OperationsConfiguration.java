package com.certadvisor.operations;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The actuator is on the management port (health, info and metrics,
 * management.server.port); the public port keeps the liveness and readiness probes
 * (/livez, /readyz) and, for checks written before there was a management port,
 * {@code /actuator/health} as liveness: whether the application serves, never its
 * components.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/actuator/health").setViewName("forward:/livez");
	}

}
