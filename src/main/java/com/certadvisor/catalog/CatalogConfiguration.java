package com.certadvisor.catalog;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the catalog, with the school file over it if there is one, at start-up, where an
 * invalid file stops the application, and reloads a school's files when they change.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

	@Bean
	public CatalogSource catalogSource(CatalogProperties properties, SchoolProperties school, Clock clock,
			ApplicationEventPublisher events) {
		CatalogFiles files = CatalogFiles.of(properties, school);
		if (!files.reload(properties.reloadInterval())) {
			return CatalogSource.of(new CatalogLoader().load(files, files.read(), LocalDate.now(clock)));
		}
		ReloadingCatalog catalog = new ReloadingCatalog(files, new CatalogLoader(), clock, events);
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
