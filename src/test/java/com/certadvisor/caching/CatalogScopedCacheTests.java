package com.certadvisor.caching;

import java.nio.charset.StandardCharsets;

import com.certadvisor.Fixtures;
import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogLoader;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;

import static com.certadvisor.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogScopedCacheTests {

	private static final Catalog NEXT_EDITION = new CatalogLoader()
		.load(new ByteArrayResource(Fixtures.catalogFile("2027-01-01").getBytes(StandardCharsets.UTF_8)));

	/** Weighs each value by its length, within 10. */
	private final CatalogScopedCache<String, String> cache = new CatalogScopedCache<>(10, String::length);

	@Nested
	class Keeping {

		@Test
		void givesBackWhatWasKeptForTheSameCatalog() {
			CatalogScopedCacheTests.this.cache.put(CATALOG, "a", "abc");
			assertThat(CatalogScopedCacheTests.this.cache.get(CATALOG, "a")).isEqualTo("abc");
			assertThat(CatalogScopedCacheTests.this.cache.get(CATALOG, "b")).isNull();
			assertThat(CatalogScopedCacheTests.this.cache.weight()).isEqualTo(3);
		}

		@Test
		void makesAValueOnlyWhenNoneIsKept() {
			assertThat(CatalogScopedCacheTests.this.cache.computeIfAbsent(CATALOG, "a", (key) -> "first"))
				.isEqualTo("first");
			assertThat(CatalogScopedCacheTests.this.cache.computeIfAbsent(CATALOG, "a", (key) -> "second"))
				.isEqualTo("first");
		}

		@Test
		void countsAValueKeptTwiceUnderOneKeyOnce() {
			CatalogScopedCacheTests.this.cache.put(CATALOG, "a", "abc");
			CatalogScopedCacheTests.this.cache.put(CATALOG, "a", "abc");
			assertThat(CatalogScopedCacheTests.this.cache.weight()).isEqualTo(3);
		}

	}

	@Nested
	class Dropping {

		@Test
		void nothingKeptForOneCatalogIsGivenForAnother() {
			CatalogScopedCacheTests.this.cache.put(CATALOG, "a", "old");
			assertThat(CatalogScopedCacheTests.this.cache.get(NEXT_EDITION, "a")).isNull();
		}

		@Test
		void aRequestWithANewCatalogDropsWhatWasKeptForTheOldOne() {
			CatalogScopedCacheTests.this.cache.put(CATALOG, "a", "old");
			assertThat(CatalogScopedCacheTests.this.cache.get(NEXT_EDITION, "b")).isNull();
			assertThat(CatalogScopedCacheTests.this.cache.weight()).isZero();
			CatalogScopedCacheTests.this.cache.put(NEXT_EDITION, "b", "new");
			assertThat(CatalogScopedCacheTests.this.cache.get(NEXT_EDITION, "b")).isEqualTo("new");
			assertThat(CatalogScopedCacheTests.this.cache.weight()).isEqualTo(3);
		}

		@Test
		void aRequestStillHoldingTheReplacedCatalogNeitherGetsNorKeepsNorEmpties() {
			CatalogScopedCacheTests.this.cache.put(CATALOG, "a", "old");
			CatalogScopedCacheTests.this.cache.put(NEXT_EDITION, "b", "new");
			assertThat(CatalogScopedCacheTests.this.cache.get(CATALOG, "a")).isNull();
			CatalogScopedCacheTests.this.cache.put(CATALOG, "c", "late");
			assertThat(CatalogScopedCacheTests.this.cache.get(NEXT_EDITION, "b")).isEqualTo("new");
			assertThat(CatalogScopedCacheTests.this.cache.get(NEXT_EDITION, "c")).isNull();
			assertThat(CatalogScopedCacheTests.this.cache.weight()).isEqualTo(3);
		}

		@Test
		void askingUnderANewCatalogCountsAsAMiss() {
			CatalogScopedCacheTests.this.cache.put(CATALOG, "a", "old");
			CatalogScopedCacheTests.this.cache.get(NEXT_EDITION, "a");
			assertThat(CatalogScopedCacheTests.this.cache.values().stats().hitCount()).isZero();
			assertThat(CatalogScopedCacheTests.this.cache.values().stats().missCount()).isOne();
		}

		@Test
		void passingTheLimitDropsSomeValuesSoTheRestStayWithinIt() {
			CatalogScopedCacheTests.this.cache.put(CATALOG, "a", "aaaa");
			CatalogScopedCacheTests.this.cache.put(CATALOG, "b", "bbbb");
			CatalogScopedCacheTests.this.cache.put(CATALOG, "c", "cccc");
			long kept = java.util.stream.Stream.of("a", "b", "c")
				.filter((key) -> CatalogScopedCacheTests.this.cache.get(CATALOG, key) != null)
				.count();
			assertThat(kept).isEqualTo(2);
			assertThat(CatalogScopedCacheTests.this.cache.weight()).isEqualTo(8);
		}

		@Test
		void manyDistinctValuesNeverWeighMoreThanTheLimit() {
			for (int i = 0; i < 1000; i++) {
				CatalogScopedCacheTests.this.cache.put(CATALOG, "page" + i, "v" + (i % 10));
				assertThat(CatalogScopedCacheTests.this.cache.weight()).isLessThanOrEqualTo(10);
			}
		}

		@Test
		void aValueHeavierThanTheLimitIsNotKept() {
			CatalogScopedCacheTests.this.cache.put(CATALOG, "a", "aaaa");
			CatalogScopedCacheTests.this.cache.put(CATALOG, "big", "x".repeat(11));
			assertThat(CatalogScopedCacheTests.this.cache.get(CATALOG, "big")).isNull();
			assertThat(CatalogScopedCacheTests.this.cache.get(CATALOG, "a")).isEqualTo("aaaa");
		}

		@Test
		void countsHitsMissesAndEvictionsForTheCacheMeters() {
			CatalogScopedCacheTests.this.cache.get(CATALOG, "a");
			CatalogScopedCacheTests.this.cache.put(CATALOG, "a", "aaaaaa");
			CatalogScopedCacheTests.this.cache.get(CATALOG, "a");
			CatalogScopedCacheTests.this.cache.put(CATALOG, "b", "bbbbbb");
			CatalogScopedCacheTests.this.cache.weight();
			CacheStats stats = CatalogScopedCacheTests.this.cache.values().stats();
			assertThat(stats.hitCount()).isOne();
			assertThat(stats.missCount()).isOne();
			assertThat(stats.evictionCount()).isOne();
		}

		@Test
		void aLimitOfZeroKeepsNothing() {
			CatalogScopedCache<String, String> off = new CatalogScopedCache<>(0, String::length);
			off.put(CATALOG, "a", "abc");
			assertThat(off.get(CATALOG, "a")).isNull();
			assertThat(off.weight()).isZero();
		}

	}

}
