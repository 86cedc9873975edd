package com.certadvisor.catalog;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the catalog once at start-up; an invalid catalog stops the application. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ CatalogProperties.class, FreshnessProperties.class })
public class CatalogConfiguration {

	@Bean
	public CatalogSource catalogSource(CatalogProperties properties) {
		return CatalogSource.of(new CatalogLoader().load(properties.location()));
	}

	@Bean
	@ConditionalOnMissingBean
	public Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	public Freshness freshness(Clock clock, FreshnessProperties properties) {
		return new Freshness(clock, properties);
	}

}
