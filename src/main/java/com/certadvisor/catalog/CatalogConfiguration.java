package com.certadvisor.catalog;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the catalog at start-up, where an invalid catalog stops the application, and
 * reloads a school's catalog file when it changes.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

	@Bean
	public CatalogSource catalogSource(CatalogProperties properties, ApplicationEventPublisher events) {
		if (!properties.reloads()) {
			return CatalogSource.of(new CatalogLoader().load(properties.location()));
		}
		ReloadingCatalog catalog = new ReloadingCatalog(properties.location(), new CatalogLoader(), events);
		catalog.pollEvery(properties.reloadInterval());
		return catalog;
	}

	@Bean
	@ConditionalOnMissingBean
	public Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	public Freshness freshness(Clock clock) {
		return new Freshness(clock);
	}

}
