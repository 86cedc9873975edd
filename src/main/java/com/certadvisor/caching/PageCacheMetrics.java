package com.certadvisor.caching;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The page cache as an operator sees it: Micrometer's own cache meters (hits, misses,
 * evictions, entries) tagged {@code cache=pages}, and the bytes it holds, which its size
 * setting is in. Read from the cache when scraped, so serving a page costs nothing more.
 */
class PageCacheMetrics implements MeterBinder {

	static final String CACHE = "pages";

	private final PageCache cache;

	PageCacheMetrics(PageCache cache) {
		this.cache = cache;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.cache.pages(), CACHE);
		Gauge.builder("cert.advisor.page.cache.size", this.cache, PageCache::bytes)
			.description("Bytes of the pages the page cache holds")
			.baseUnit(BaseUnits.BYTES)
			.register(registry);
	}

}
