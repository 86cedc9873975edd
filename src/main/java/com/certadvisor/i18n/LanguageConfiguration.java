package com.certadvisor.i18n;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The request's language, and links that keep it. A {@link WebMvcConfigurer}, so that
 * {@code @WebMvcTest} slices pick languages as the site does.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	@Bean
	LanguageLinks languageLinks() {
		return new LanguageLinks();
	}

}
