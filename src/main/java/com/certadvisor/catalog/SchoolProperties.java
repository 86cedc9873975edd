package com.certadvisor.catalog;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * A school's own file over the embedded catalog: its name, its programmes and the facts
 * it gives differently, such as {@code file:/etc/cert-advisor/school.json}. Checked, and
 * reloaded when it changes, like the catalog.
 *
 * @param location the school file, or {@code null} for none
 */
@ConfigurationProperties("cert-advisor.school")
public record SchoolProperties(@Nullable Resource location) {

}
