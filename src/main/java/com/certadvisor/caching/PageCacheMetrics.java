package com.certadvisor.caching;

import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The page cache as an operator sees it: how many requests it answered, how many it sent
 * on to be rendered, how many pages it dropped to stay within its size, and the bytes it
 * holds. Read from the cache when scraped, so serving a page costs nothing more.
 */
class PageCacheMetrics implements MeterBinder {

	private final PageCache cache;

	PageCacheMetrics(PageCache cache) {
		this.cache = cache;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		requests(registry, "hit", PageCache::hits);
		requests(registry, "miss", PageCache::misses);
		FunctionCounter.builder("cert.advisor.page.cache.evictions", this.cache, PageCache::evictions)
			.description("Pages dropped from the page cache to stay within its size")
			.register(registry);
		Gauge.builder("cert.advisor.page.cache.size", this.cache, PageCache::bytes)
			.description("Bytes of the pages the page cache holds")
			.baseUnit(BaseUnits.BYTES)
			.register(registry);
	}

	private void requests(MeterRegistry registry, String result, ToDoubleFunction<PageCache> count) {
		FunctionCounter.builder("cert.advisor.page.cache.requests", this.cache, count)
			.description("Page requests answered from the page cache (hit) or rendered (miss)")
			.tag("result", result)
			.register(registry);
	}

}
