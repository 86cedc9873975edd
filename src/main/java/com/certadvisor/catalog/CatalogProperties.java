package com.certadvisor.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the catalog comes from: the embedded one unless
 * {@code cert-advisor.catalog.location} names another, e.g.
 * {@code file:/etc/cert-advisor/catalog.json}. A school keeps what it gives differently
 * in a school file ({@link SchoolProperties}) instead, so it keeps every correction of
 * the embedded catalog.
 *
 * @param location the catalog file
 * @param reloadInterval how often a catalog file is checked for changes; zero or less
 * never; the school file, if any, is checked with it
 */
@ConfigurationProperties("cert-advisor.catalog")
public record CatalogProperties(@DefaultValue("classpath:catalog/cert-advisor-catalog.json") Resource location,
		@DefaultValue("5s") Duration reloadInterval) {

}
