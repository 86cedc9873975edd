package com.certadvisor.caching;

import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.certadvisor.catalog.Catalog;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * Values that stay right while the catalog stays the same, within a total weight. One
 * Caffeine cache whose values remember their catalog, so none is given for another, and
 * which is emptied when a value is kept for another catalog. When the values would weigh
 * more than the limit, Caffeine drops those least likely to be asked for again, so
 * made-up links cannot grow it without end.
 */
final class CatalogScopedCache<K, V> {

	private final long limit;

	private final ToLongFunction<V> weight;

	private final Cache<K, Kept<V>> values;

	/** The catalog of the last value kept; another one empties the cache. */
	private volatile @Nullable Catalog catalog;

	/**
	 * @param limit the most the values may weigh together; 0 keeps nothing
	 * @param weight what one value weighs, such as 1 to count entries or its size in
	 * bytes
	 */
	CatalogScopedCache(long limit, ToLongFunction<V> weight) {
		this.limit = limit;
		this.weight = weight;
		// Evictions run on the caller's thread: a page is dropped before the next is
		// kept. Stats feed Micrometer's cache meters.
		this.values = Caffeine.newBuilder()
			.maximumWeight(limit)
			.<K, Kept<V>>weigher((key, kept) -> (int) Math.min(Integer.MAX_VALUE, weight.applyAsLong(kept.value())))
			.executor(Runnable::run)
			.recordStats()
			.build();
	}

	/** The value kept for {@code key} under {@code catalog}, or null. */
	@Nullable V get(Catalog catalog, K key) {
		Kept<V> kept = this.values.getIfPresent(key);
		return (kept != null && kept.catalog() == catalog) ? kept.value() : null;
	}

	/**
	 * Keeps {@code value} for {@code key} under {@code catalog}, unless it alone weighs
	 * more than the limit.
	 */
	void put(Catalog catalog, K key, V value) {
		if (this.weight.applyAsLong(value) > this.limit) {
			return;
		}
		follow(catalog);
		this.values.put(key, new Kept<>(catalog, value));
	}

	/** The value kept for {@code key}, made by {@code make} and kept if there is none. */
	V computeIfAbsent(Catalog catalog, K key, Function<K, V> make) {
		V value = get(catalog, key);
		if (value == null) {
			value = make.apply(key);
			put(catalog, key, value);
		}
		return value;
	}

	/** The total weight of the values kept now. */
	long weight() {
		this.values.cleanUp();
		return this.values.policy().eviction().orElseThrow().weightedSize().orElseThrow();
	}

	/** The Caffeine cache itself, for its metrics. */
	Cache<K, ?> values() {
		return this.values;
	}

	private void follow(Catalog catalog) {
		if (catalog != this.catalog) {
			this.catalog = catalog;
			this.values.invalidateAll();
		}
	}

	private record Kept<V>(Catalog catalog, V value) {

	}

}
