package com.certadvisor.caching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.certadvisor.catalog.Catalog;

/**
 * The benchmark's baseline: the size-bounded cache the site used before Caffeine (issue 14),
 * as it was. It drops everything once its values would weigh more than the limit.
 */
final class HandWrittenCache<K, V> {

	private final long limit;

	private final ToLongFunction<V> weight;

	private volatile Generation<K, V> generation = new Generation<>(null);

	/**
	 * @param limit the most the values may weigh together; 0 keeps nothing
	 * @param weight what one value weighs, such as 1 to count entries or its size in
	 * bytes
	 */
	HandWrittenCache(long limit, ToLongFunction<V> weight) {
		this.limit = limit;
		this.weight = weight;
	}

	/** The value kept for {@code key} under {@code catalog}, or null. */
	V get(Catalog catalog, K key) {
		Generation<K, V> current = this.generation;
		return (current.catalog() == catalog) ? current.values().get(key) : null;
	}

	/**
	 * Keeps {@code value} for {@code key} under {@code catalog}, unless it alone weighs
	 * more than the limit.
	 */
	void put(Catalog catalog, K key, V value) {
		long weight = this.weight.applyAsLong(value);
		if (weight > this.limit) {
			return;
		}
		Generation<K, V> current = this.generation;
		if (current.catalog() != catalog) {
			current = new Generation<>(catalog);
			this.generation = current;
		}
		if (current.values().putIfAbsent(key, value) == null && current.weight().addAndGet(weight) > this.limit) {
			Generation<K, V> fresh = new Generation<>(catalog);
			fresh.values().put(key, value);
			fresh.weight().set(weight);
			this.generation = fresh;
		}
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
		return this.generation.weight().get();
	}

	private record Generation<K, V>(Catalog catalog, Map<K, V> values, AtomicLong weight) {

		Generation(Catalog catalog) {
			this(catalog, new ConcurrentHashMap<>(), new AtomicLong());
		}

	}

}
