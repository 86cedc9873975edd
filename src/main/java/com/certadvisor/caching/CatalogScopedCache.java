package com.certadvisor.caching;

import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.certadvisor.catalog.Catalog;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * Values that stay right while the catalog stays the same, within a total weight. One
 * Caffeine cache whose keys carry the generation of the catalog they were kept under: a
 * request with a new catalog starts a new generation and empties the cache, so a value is
 * never given for another catalog, and asking under a new one counts as a miss. Requests
 * still holding the catalog just replaced neither get nor keep anything, so they cannot
 * empty it again. When the values would weigh more than the limit, Caffeine drops those
 * least likely to be asked for again, so made-up links cannot grow it without end.
 */
final class CatalogScopedCache<K, V> {

	private final long limit;

	private final ToLongFunction<V> weight;

	private final Cache<Scoped<K>, V> values;

	/** The generation of the catalog replaced: nothing is given or kept for it. */
	private static final long RETIRED = -1;

	/** The catalog of the last request, the one it replaced, and its generation. */
	private volatile Generation current = new Generation(null, null, 0);

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
			.<Scoped<K>, V>weigher((key, value) -> (int) Math.min(Integer.MAX_VALUE, weight.applyAsLong(value)))
			.executor(Runnable::run)
			.recordStats()
			.build();
	}

	/** The value kept for {@code key} under {@code catalog}, or null. */
	@Nullable V get(Catalog catalog, K key) {
		long generation = generation(catalog);
		return (generation != RETIRED) ? this.values.getIfPresent(new Scoped<>(generation, key)) : null;
	}

	/**
	 * Keeps {@code value} for {@code key} under {@code catalog}, unless it alone weighs
	 * more than the limit.
	 */
	void put(Catalog catalog, K key, V value) {
		long generation = generation(catalog);
		if (generation == RETIRED || this.weight.applyAsLong(value) > this.limit) {
			return;
		}
		this.values.put(new Scoped<>(generation, key), value);
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
	Cache<?, ?> values() {
		return this.values;
	}

	/**
	 * The generation of {@code catalog}: the current one; {@link #RETIRED} for the
	 * catalog it replaced, which requests begun before a reload still hold; else a new
	 * one that empties the cache. A value kept between the change and this check carries
	 * an old generation, so it is never given, and waits for eviction.
	 */
	private long generation(Catalog catalog) {
		Generation now = this.current;
		if (now.catalog() != catalog) {
			synchronized (this) {
				now = this.current;
				if (now.retired() == catalog) {
					return RETIRED;
				}
				if (now.catalog() != catalog) {
					now = new Generation(catalog, now.catalog(), now.number() + 1);
					this.current = now;
					this.values.invalidateAll();
				}
			}
		}
		return now.number();
	}

	private record Generation(@Nullable Catalog catalog, @Nullable Catalog retired, long number) {

	}

	private record Scoped<K>(long generation, K key) {

	}

}
