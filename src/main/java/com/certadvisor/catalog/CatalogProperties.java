package com.certadvisor.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Where the catalog comes from. A school points {@code cert-advisor.catalog.location} at
 * its own file, e.g. {@code file:/etc/cert-advisor/catalog.json}.
 *
 * @param location the catalog file
 * @param reloadInterval how often a catalog file is checked for changes; zero or less
 * never
 */
@ConfigurationProperties("cert-advisor.catalog")
public record CatalogProperties(@DefaultValue("classpath:catalog/cert-advisor-catalog.json") Resource location,
		@DefaultValue("5s") Duration reloadInterval) {

	/**
	 * Whether to watch the catalog for changes: only a file of the school's own, since a
	 * catalog on the class path ships with the application.
	 */
	boolean reloads() {
		return this.reloadInterval.compareTo(Duration.ZERO) > 0 && this.location.isFile()
				&& !(this.location instanceof ClassPathResource);
	}

}
