package com.certadvisor.catalog;

/**
 * Where services get the catalog. A school's catalog file may be reloaded while the
 * application runs, so services ask for the {@link #current()} one each time they use it
 * instead of keeping one.
 */
public interface CatalogSource {

	/** The catalog to use now. */
	Catalog current();

	/** A source that always gives {@code catalog}. */
	static CatalogSource of(Catalog catalog) {
		return () -> catalog;
	}

}
