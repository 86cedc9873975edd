package com.certadvisor.classes;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Classes; deleting one deletes its results with it (the foreign key cascades). */
interface ClassRepository extends ListCrudRepository<StoredClass, String> {

	/**
	 * The class, locked until the transaction ends: results are added to it one at a
	 * time.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<StoredClass> findLockedById(String id);

	@Modifying
	@Query("delete from school_class where created_on < :before")
	int deleteCreatedBefore(LocalDate before);

}
