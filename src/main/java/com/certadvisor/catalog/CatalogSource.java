package com.certadvisor.catalog;

/**
 * Where services get the catalog. A school's catalog file may be reloaded while the
 * application runs, so services ask for the {@link #current()} one each time they use it
 * instead of keeping one.
 */
public interface CatalogSource {

	/**
	 * The catalog to use now: while this thread holds a {@link #pin()}, the one that was
	 * current when it was taken.
	 */
	Catalog current();

	/**
	 * Holds {@link #current()} on this thread at the catalog current now until closed, so
	 * one request never mixes two catalogs. Pins may nest.
	 */
	default Pin pin() {
		// A fixed catalog is always the same one: nothing to hold.
		return () -> {
		};
	}

	/** A source that always gives {@code catalog}. */
	static CatalogSource of(Catalog catalog) {
		return () -> catalog;
	}

	/** Held while a unit of work, such as a request, must see one catalog. */
	interface Pin extends AutoCloseable {

		@Override
		void close();

	}

}
