package com.certadvisor.classes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The results added to classes. */
interface ResultRepository extends ListCrudRepository<StoredResult, Long> {

	List<StoredResult> findByClassId(String classId);

	long countByClassId(String classId);

	/**
	 * Adds a result unless the same one was added to the class that day: 1 if added, else
	 * 0.
	 */
	@Modifying
	@Query("""
			insert into class_result (class_id, answers, verdict, edition, language, submitted_on)
			values (:classId, :answers, :verdict, :edition, :language, :submittedOn)
			on conflict do nothing""")
	int insertOnce(String classId, String answers, String verdict, String edition, String language,
			LocalDate submittedOn);

	@Modifying
	@Query("delete from class_result where submitted_on < :before")
	int deleteSubmittedBefore(LocalDate before);

}
