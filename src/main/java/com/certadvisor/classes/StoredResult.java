package com.certadvisor.classes;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One result a student chose to add, as stored: exactly what the class summary counts and
 * nothing that could tell who sent it (see {@code V1__class_summaries.sql}).
 *
 * @param id the row's number, {@code null} until stored
 * @param classId the class it was added to
 * @param answers the answers as a query ({@code setting=inpatient&role=unsure}), without
 * a counselor's marks
 * @param verdict {@code CPC}, {@code CCS} or {@code EITHER}
 * @param edition the catalog edition the verdict was reached with
 * @param language the language of the page it was sent from
 * @param submittedOn the day only
 */
@Table("class_result")
// Column names as the migration writes them, for H2 and PostgreSQL alike (StoredClass).
record StoredResult(@Id @Column("id") Long id, @Column("class_id") String classId, @Column("answers") String answers,
		@Column("verdict") String verdict, @Column("edition") String edition, @Column("language") String language,
		@Column("submitted_on") LocalDate submittedOn) {

	StoredResult {
		if (classId == null || answers == null || verdict == null || edition == null || language == null
				|| submittedOn == null) {
			throw new IllegalArgumentException("a stored result needs every column");
		}
	}

}
