package com.certadvisor.catalog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the catalog once at start-up; an invalid catalog stops the application. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
public class CatalogConfiguration {

	@Bean
	public Catalog catalog(CatalogProperties properties) {
		return new CatalogLoader().load(properties.location());
	}

}
