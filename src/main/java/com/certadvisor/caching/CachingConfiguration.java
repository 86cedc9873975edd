package com.certadvisor.caching;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.web.RequestPipeline;
import com.certadvisor.web.Routes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Caching: pages revalidate by ETag and are kept rendered; static files carry a content
 * hash and never change.
 */
@Configuration(proxyBeanMethods = false)
class CachingConfiguration implements WebMvcConfigurer {

	private final CatalogSource catalogs;

	private final PageTags tags;

	CachingConfiguration(CatalogSource catalogs, LocaleResolver languages, Clock clock) {
		this.catalogs = catalogs;
		this.tags = new PageTags(catalogs, languages, clock);
	}

	@Bean
	PageCompression pageCompression() {
		return new PageCompression();
	}

	@Bean
	PageCache pageCache(PageCacheProperties properties) {
		return new PageCache(this.catalogs, this.tags, properties.maxSize().toBytes());
	}

	@Bean
	PageCacheMetrics pageCacheMetrics(PageCache pageCache) {
		return new PageCacheMetrics(pageCache);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageCaching(this.tags))
			.addPathPatterns(Routes.CACHED_PAGES)
			.order(RequestPipeline.PAGE_CACHING);
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : List.of("css", "previews")) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		// Icons keep the names browsers ask for without reading a page: a week, not a
		// year.
		registry.addResourceHandler("/favicon.ico", "/icon.svg", "/apple-touch-icon.png")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
	}

}
