package com.certadvisor.classes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.links.Queries;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.RuleService;
import com.certadvisor.recommendation.Verdict;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class summaries: start a class, add a student's result, read and delete a class, and
 * forget what is past its retention. Plain Java over the repositories, no web types.
 */
@Service
public class ClassSummaries {

	/**
	 * Compared against when a class is unknown, so an unknown id takes as long as a bad
	 * key.
	 */
	private static final String DECOY_HASH = ClassKeys.hash("no class has this key");

	private final ClassRepository classes;

	private final ResultRepository results;

	private final JdbcAggregateTemplate aggregates;

	private final ClassKeys keys;

	private final CatalogSource catalogs;

	private final ClassSummaryProperties properties;

	private final Clock clock;

	private final RuleService rules;

	public ClassSummaries(ClassRepository classes, ResultRepository results, JdbcAggregateTemplate aggregates,
			ClassKeys keys, CatalogSource catalogs, ClassSummaryProperties properties, Clock clock, RuleService rules) {
		this.classes = classes;
		this.results = results;
		this.aggregates = aggregates;
		this.keys = keys;
		this.catalogs = catalogs;
		this.properties = properties;
		this.clock = clock;
		this.rules = rules;
	}

	/** Starts a class. The key is given out once, here, and never stored. */
	NewClass start(@Nullable String label) {
		String key = this.keys.newKey();
		for (int attempt = 0;; attempt++) {
			String id = this.keys.newId();
			try {
				this.aggregates.insert(new StoredClass(id, ClassKeys.hash(key), label, today()));
				return new NewClass(id, key);
			}
			catch (DuplicateKeyException ex) {
				if (attempt == 2) {
					throw ex;
				}
			}
		}
	}

	/**
	 * The class {@code id} if {@code key} opens it; an unknown id and a wrong key look
	 * alike.
	 */
	public Optional<StoredClass> open(String id, String key) {
		Optional<StoredClass> found = ClassKeys.isId(id) ? this.classes.findById(id) : Optional.empty();
		boolean opens = ClassKeys.opens((key != null) ? key : "", found.map(StoredClass::keyHash).orElse(DECOY_HASH));
		return found.filter((stored) -> opens);
	}

	/** Whether {@code id} names a class that takes results. */
	public boolean exists(String id) {
		return ClassKeys.isId(id) && this.classes.existsById(id);
	}

	/**
	 * Adds one result to class {@code classId}; the same answers twice on one day count
	 * once. The class is locked meanwhile, so it never holds more than its limit.
	 */
	@Transactional
	Added add(String classId, Answers answers, Verdict verdict, String language) {
		if (!ClassKeys.isId(classId) || this.classes.findLockedById(classId).isEmpty()) {
			return Added.UNKNOWN_CLASS;
		}
		if (this.results.countByClassId(classId) >= this.properties.maxResults()) {
			return Added.FULL;
		}
		int added = this.results.insertOnce(classId, new Answers(answers.values()).toQuery(), verdict.name(),
				this.catalogs.current().version(), language, today());
		return (added == 1) ? Added.ADDED : Added.ALREADY_COUNTED;
	}

	/** What the class's results add up to, small counts hidden. */
	public ClassSummary summary(StoredClass stored) {
		List<ClassResult> counted = this.results.findByClassId(stored.id())
			.stream()
			.map((row) -> new ClassResult(new Answers(answers(row.answers())), Verdict.valueOf(row.verdict())))
			.toList();
		return ClassSummary.of(this.catalogs.current().questions(), counted,
				(answers) -> this.rules.recommend(answers).flips());
	}

	/** The day {@code stored} and its results are forgotten. */
	public LocalDate expiresOn(StoredClass stored) {
		return stored.createdOn().plus(this.properties.retention());
	}

	/** Deletes the class and every result in it. */
	public void delete(StoredClass stored) {
		this.classes.deleteById(stored.id());
	}

	/** Forgets classes started, and results added, before the retention period. */
	@Transactional
	public int expire() {
		LocalDate before = today().minus(this.properties.retention());
		return this.results.deleteSubmittedBefore(before) + this.classes.deleteCreatedBefore(before);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Answers as {@link Answers#toQuery()} wrote them: one value each. */
	private static Map<String, String> answers(String query) {
		Map<String, String> answers = new LinkedHashMap<>();
		Queries.parse(query).forEach((name, values) -> answers.put(name, values.get(0)));
		return answers;
	}

}
