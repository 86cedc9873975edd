package com.certadvisor.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the catalog comes from. A school points {@code cert-advisor.catalog.location} at
 * its own file, e.g. {@code file:/etc/cert-advisor/catalog.json}.
 *
 * @param location the catalog file
 */
@ConfigurationProperties("cert-advisor.catalog")
public record CatalogProperties(@DefaultValue("classpath:catalog/cert-advisor-catalog.json") Resource location) {

}
