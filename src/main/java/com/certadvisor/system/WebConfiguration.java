package com.certadvisor.system;

import java.time.Duration;

import com.certadvisor.catalog.CatalogSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Caching: pages revalidate by ETag; static files carry a content hash and never change.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final CatalogSource catalogs;

	WebConfiguration(CatalogSource catalogs) {
		this.catalogs = catalogs;
	}

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	@Bean
	LanguageLinks languageLinks() {
		return new LanguageLinks();
	}

	@Bean
	PageCompression pageCompression() {
		return new PageCompression();
	}

	@Bean
	CatalogPinning catalogPinning() {
		return new CatalogPinning(this.catalogs);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String language = request.getParameter(Languages.PARAMETER);
				if (language != null && !Languages.SUPPORTED.contains(language)) {
					throw new BadParameterException(Languages.PARAMETER, language, Languages.SUPPORTED,
							Languages.withoutLanguage(Languages.currentPage(request)));
				}
				return true;
			}

		});
		registry.addInterceptor(new PageCaching(this.catalogs))
			.addPathPatterns("/", "/questions/*", "/change/*", "/check", "/recommendation", "/compare", "/counselor",
					"/counselor/*");
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
