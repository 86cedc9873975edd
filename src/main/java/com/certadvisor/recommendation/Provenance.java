package com.certadvisor.recommendation;

import com.certadvisor.catalog.AsOf;
import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.catalog.Kind;
import com.certadvisor.catalog.Source;
import com.certadvisor.catalog.Sourced;
import org.jspecify.annotations.Nullable;

/**
 * Where a shown fact comes from and how sure it is, with its sources resolved: what the
 * page writes beside every fact.
 *
 * @param source where it comes from
 * @param asOf when the source says it held
 * @param kind the id of its kind
 * @param estimate {@code true} when no official page confirms it
 * @param stale {@code true} when it is past the shelf life of its kind
 * @param checkAt the official page to check a third-party fact against, or {@code null}
 */
public record Provenance(Source source, AsOf asOf, String kind, boolean estimate, boolean stale,
		@Nullable Source checkAt) {

	public static Provenance of(Catalog catalog, Freshness freshness, Sourced fact) {
		return new Provenance(catalog.source(fact.source()), fact.asOf(), fact.kind(), fact.estimate(),
				freshness.isStale(catalog, fact), (fact.checkAt() != null) ? catalog.source(fact.checkAt()) : null);
	}

	/**
	 * A price only a third-party site gives: to be checked on the official page before
	 * paying.
	 */
	public boolean thirdPartyPrice() {
		return Kind.PRICE.equals(this.kind) && !this.source.official();
	}

	/**
	 * The official site to check this fact on, or {@code null} when there is none to
	 * name.
	 */
	public @Nullable String checkSite() {
		if (this.checkAt != null) {
			return this.checkAt.site();
		}
		return this.source.official() ? this.source.site() : null;
	}

}
