package com.certadvisor.classes;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A class as stored: the id in its students' link, the hash of the counselor's key, an
 * optional label for the counselor's own use, and the day it was started.
 *
 * @param id short and random, see {@link ClassKeys}
 * @param keyHash the SHA-256 of the key, in hex; the key itself is never stored
 * @param label up to 60 characters, or {@code null}
 * @param createdOn the day, for expiry
 */
// Column names are given as the migration writes them: each dialect would otherwise
// quote them in its own case, and H2's is not PostgreSQL's.
@Table("school_class")
public record StoredClass(@Id @Column("id") String id, @Column("key_hash") String keyHash,
		@Column("label") @Nullable String label, @Column("created_on") LocalDate createdOn) {

	/** The longest label a counselor may give a class. */
	public static final int MAX_LABEL = 60;

	public StoredClass {
		if (!ClassKeys.isId(id) || keyHash == null || keyHash.length() != 64 || createdOn == null) {
			throw new IllegalArgumentException("a class needs an id, a key hash and a day");
		}
		label = (label == null || label.isBlank()) ? null : label.strip();
		if (label != null && label.length() > MAX_LABEL) {
			throw new IllegalArgumentException("a label has at most " + MAX_LABEL + " characters");
		}
	}

}
