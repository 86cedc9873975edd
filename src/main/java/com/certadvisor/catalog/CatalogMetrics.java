package com.certadvisor.catalog;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The catalog as an operator sees it: the edition served (a gauge of 1 labelled with it),
 * reloads by outcome, and whether the file on disk is one the last reload refused, which
 * is what an alert waits on: a school's edit that has not taken.
 */
@Component
class CatalogMetrics {

	private final Counter loaded;

	private final Counter refused;

	private final MultiGauge edition;

	private volatile boolean failing;

	CatalogMetrics(MeterRegistry registry, CatalogSource catalogs) {
		this.loaded = reloads(registry, "loaded");
		this.refused = reloads(registry, "refused");
		Gauge.builder("cert.advisor.catalog.reload.failing", this, (metrics) -> metrics.failing ? 1 : 0)
			.description("1 while the catalog file holds an edit that could not be loaded, else 0")
			.register(registry);
		this.edition = MultiGauge.builder("cert.advisor.catalog.edition")
			.description("The catalog edition served: 1, labelled with it")
			.register(registry);
		serving(catalogs.current().version());
	}

	private static Counter reloads(MeterRegistry registry, String outcome) {
		return Counter.builder("cert.advisor.catalog.reloads")
			.description("Changed catalog files read again, by whether they were loaded or refused")
			.tag("outcome", outcome)
			.register(registry);
	}

	@EventListener
	void reloaded(CatalogReload reload) {
		(reload.loaded() ? this.loaded : this.refused).increment();
		this.failing = !reload.loaded();
		serving(reload.serving());
	}

	private void serving(String version) {
		this.edition.register(List.of(MultiGauge.Row.of(Tags.of("edition", version), 1)), true);
	}

}
