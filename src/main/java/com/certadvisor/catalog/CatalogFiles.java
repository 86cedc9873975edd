package com.certadvisor.catalog;

import java.time.Duration;

import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The catalog file and the school file over it, if there is one: what is loaded, checked
 * and watched together.
 *
 * @param catalog the catalog file
 * @param school the school file, or {@code null}
 */
record CatalogFiles(Resource catalog, @Nullable Resource school) {

	static CatalogFiles of(CatalogProperties catalog, SchoolProperties school) {
		return new CatalogFiles(catalog.location(), school.location());
	}

	/**
	 * Whether to watch them for changes: only files of the school's own, since a file on
	 * the class path ships with the application.
	 */
	boolean reload(Duration interval) {
		return interval.compareTo(Duration.ZERO) > 0
				&& (own(this.catalog) || (this.school != null && own(this.school)));
	}

	private static boolean own(Resource resource) {
		return resource.isFile() && !(resource instanceof ClassPathResource);
	}

	/** Both files' bytes; one that cannot be read is an invalid catalog. */
	Content read() {
		return new Content(CatalogLoader.read(this.catalog),
				(this.school != null) ? CatalogLoader.read(this.school) : null);
	}

	/** What the files are, for logs. */
	String description() {
		return (this.school != null) ? this.catalog.getDescription() + " with " + this.school.getDescription()
				: this.catalog.getDescription();
	}

	/** The bytes read from the files at one time. */
	record Content(byte[] catalog, byte @Nullable [] school) {

		/** The SHA-256 of both, which tells a changed file. */
		String digest() {
			String digest = DigestUtils.sha256Hex(this.catalog);
			return (this.school != null) ? digest + DigestUtils.sha256Hex(this.school) : digest;
		}

	}

}
