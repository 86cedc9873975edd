package com.certadvisor.catalog;

import org.jspecify.annotations.Nullable;

/**
 * What every fact in the catalog carries besides its words: where it comes from, when it
 * held, what kind of fact it is and how sure the catalog is of it.
 */
public interface Sourced {

	/** The id of its entry in the catalog's sources. */
	String source();

	/** When the source says it held. */
	AsOf asOf();

	/** The id of its entry in the catalog's kinds, which sets its shelf life. */
	String kind();

	/** {@code true} when no official page confirms it. */
	boolean estimate();

	/**
	 * The id of an official source to check it against, for a fact that rests on a
	 * third-party one; otherwise {@code null}.
	 */
	@Nullable String checkAt();

}
