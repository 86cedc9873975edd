package com.certadvisor.caching;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogLoader;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.core.io.ClassPathResource;

/**
 * The page cache as the site uses it: 8 MiB of 45 KB pages. {@code hit} reads pages that
 * are kept; {@code churn} asks for 4,000 distinct pages, so nearly every one is made,
 * kept and pushes another out. Two threads, as on the two-core machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class CatalogScopedCacheBenchmark {

	private static final int PAGE = 45_000;

	private static final byte[] BODY = new byte[PAGE];

	@Param({ "hand-written", "caffeine" })
	public String cache;

	private final Catalog catalog = new CatalogLoader()
		.load(new ClassPathResource("catalog/cert-advisor-catalog.json"));

	private Keeper keeper;

	interface Keeper {

		byte[] get(Catalog catalog, String key);

		byte[] computeIfAbsent(Catalog catalog, String key);

	}

	@Setup
	public void setUp() {
		long limit = 8L * 1024 * 1024;
		if (this.cache.equals("caffeine")) {
			CatalogScopedCache<String, byte[]> pages = new CatalogScopedCache<>(limit, (body) -> body.length);
			this.keeper = new Keeper() {
				public byte[] get(Catalog catalog, String key) {
					return pages.get(catalog, key);
				}

				public byte[] computeIfAbsent(Catalog catalog, String key) {
					return pages.computeIfAbsent(catalog, key, (page) -> BODY.clone());
				}
			};
		}
		else {
			HandWrittenCache<String, byte[]> pages = new HandWrittenCache<>(limit, (body) -> body.length);
			this.keeper = new Keeper() {
				public byte[] get(Catalog catalog, String key) {
					return pages.get(catalog, key);
				}

				public byte[] computeIfAbsent(Catalog catalog, String key) {
					return pages.computeIfAbsent(catalog, key, (page) -> BODY.clone());
				}
			};
		}
		for (int i = 0; i < 150; i++) {
			this.keeper.computeIfAbsent(this.catalog, "/recommendation?page=" + i);
		}
	}

	@Benchmark
	public byte[] hit() {
		return this.keeper.get(this.catalog, "/recommendation?page=" + ThreadLocalRandom.current().nextInt(150));
	}

	/**
	 * What a live site sees: nine requests in ten for 400 pages, some far more popular than
	 * others, one in ten for a page nobody asks for again (a made-up or one-off link). The
	 * counters give the share of requests served from the cache.
	 */
	@Benchmark
	public byte[] mixed(Served served) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String key;
		if (random.nextInt(10) == 0) {
			key = "/recommendation?once=" + random.nextLong();
		}
		else {
			double uniform = random.nextDouble();
			key = "/recommendation?popular=" + (int) (400 * uniform * uniform * uniform);
		}
		byte[] page = this.keeper.get(this.catalog, key);
		if (page != null) {
			served.hits++;
			return page;
		}
		served.misses++;
		return this.keeper.computeIfAbsent(this.catalog, key);
	}

	/** Requests served from the cache, and those rendered anew. */
	@AuxCounters(AuxCounters.Type.EVENTS)
	@State(Scope.Thread)
	public static class Served {

		public long hits;

		public long misses;

	}

	@Benchmark
	public byte[] churn() {
		return this.keeper.computeIfAbsent(this.catalog,
				"/recommendation?distinct=" + ThreadLocalRandom.current().nextInt(4000));
	}

}
