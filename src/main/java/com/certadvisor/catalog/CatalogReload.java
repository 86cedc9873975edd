package com.certadvisor.catalog;

/**
 * A changed catalog file was read again while the application runs, published as an
 * application event.
 *
 * @param loaded whether it was loaded; if not, it was unreadable or invalid and the last
 * good catalog keeps serving
 * @param serving the edition served afterwards
 */
record CatalogReload(boolean loaded, String serving) {

	CatalogReload {
		if (serving == null || serving.isBlank()) {
			throw new IllegalArgumentException("a reload leaves some edition serving");
		}
	}

}
