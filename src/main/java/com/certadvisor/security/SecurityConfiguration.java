package com.certadvisor.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Hardening headers on every response, through Spring Security's header support. The site
 * has no accounts and stores only what a counselor or a student chooses to add to a class
 * summary, anonymously; every page is public and no session is ever created. Advice forms
 * are GETs; the class summaries' POST forms carry their own tokens, so Spring's CSRF
 * tokens, which need a session, are off.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

	/**
	 * No observations of Spring Security's own: with no accounts there is nothing to
	 * authenticate or authorize, and timing each of its filters on every request would
	 * cost time and add some thirty series that say nothing. Requests are timed as a
	 * whole.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, HardeningProperties properties) {
		String csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
				+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors "
				+ properties.frameAncestorsDirective();
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.headers((headers) -> headers.contentSecurityPolicy((policy) -> policy.policyDirectives(csp))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions((frames) -> {
					if (properties.frameAncestors().isEmpty()) {
						frames.deny();
					}
					else {
						frames.disable();
					}
				})
				// Pages set their own Cache-Control: they are pure functions of the URL.
				.cacheControl((cache) -> cache.disable())
				.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
		return http.build();
	}

}
