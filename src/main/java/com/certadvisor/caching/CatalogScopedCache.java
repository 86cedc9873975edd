package com.certadvisor.caching;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.certadvisor.catalog.Catalog;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Values that stay right while the catalog stays the same, within a total weight. A
 * Caffeine cache per catalog: a new catalog starts a new one, so no value outlives its
 * catalog, and when the values would weigh more than the limit, Caffeine drops those
 * least likely to be asked for again, so made-up links cannot grow it without end.
 */
final class CatalogScopedCache<K, V> {

	private final long limit;

	private final ToLongFunction<V> weight;

	private volatile Generation<K, V> generation;

	/** Values dropped to stay within the limit, over every catalog's cache. */
	private final LongAdder evictions = new LongAdder();

	/**
	 * @param limit the most the values may weigh together; 0 keeps nothing
	 * @param weight what one value weighs, such as 1 to count entries or its size in
	 * bytes
	 */
	CatalogScopedCache(long limit, ToLongFunction<V> weight) {
		this.limit = limit;
		this.weight = weight;
		this.generation = new Generation<>(null, values());
	}

	private Cache<K, V> values() {
		// Evictions run on the caller's thread: a page is dropped before the next is
		// kept.
		return Caffeine.newBuilder()
			.maximumWeight(this.limit)
			.<K, V>weigher((key, value) -> (int) Math.min(Integer.MAX_VALUE, this.weight.applyAsLong(value)))
			.executor(Runnable::run)
			.<K, V>evictionListener((key, value, cause) -> this.evictions.increment())
			.build();
	}

	/** The value kept for {@code key} under {@code catalog}, or null. */
	V get(Catalog catalog, K key) {
		Generation<K, V> current = this.generation;
		return (current.catalog() == catalog) ? current.values().getIfPresent(key) : null;
	}

	/**
	 * Keeps {@code value} for {@code key} under {@code catalog}, unless it alone weighs
	 * more than the limit.
	 */
	void put(Catalog catalog, K key, V value) {
		if (this.weight.applyAsLong(value) > this.limit) {
			return;
		}
		Generation<K, V> current = this.generation;
		if (current.catalog() != catalog) {
			current = new Generation<>(catalog, values());
			this.generation = current;
		}
		current.values().asMap().putIfAbsent(key, value);
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
		Cache<K, V> values = this.generation.values();
		values.cleanUp();
		return values.policy().eviction().orElseThrow().weightedSize().orElseThrow();
	}

	/** How many values were dropped to stay within the limit. */
	long evictions() {
		return this.evictions.sum();
	}

	private record Generation<K, V>(Catalog catalog, Cache<K, V> values) {

	}

}
