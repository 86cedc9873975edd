package com.certadvisor.api;

import com.certadvisor.classes.ClassSummaries;
import com.certadvisor.classes.NoSummaryException;
import com.certadvisor.classes.StoredClass;
import com.certadvisor.i18n.Translations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A class summary's aggregates as JSON, for a counselor's own spreadsheet or dashboard.
 * Private like its page: the key is in the path, the answer is never stored by a cache
 * ({@code no-store}), and a wrong key or class is a plain 404.
 */
@RestController
@RequestMapping(path = "/api/classes", produces = "application/json")
class ApiClassController {

	private final ClassSummaries summaries;

	private final Translations translations;

	ApiClassController(ClassSummaries summaries, Translations translations) {
		this.summaries = summaries;
		this.translations = translations;
	}

	@GetMapping("/{id}/{key}")
	@Operation(summary = "A class summary's counts",
			description = "The same aggregates as the summary page: results, recommendations, answers per question "
					+ "and the answers that would most often change a recommendation. A count is null where the page "
					+ "says \"fewer than 5\". 404 (problem+json) when the id and key open no class; 503 when class "
					+ "summaries are not available.")
	ApiClassSummary summary(@Parameter(hidden = true) @PathVariable String id,
			@Parameter(hidden = true) @PathVariable String key) {
		StoredClass stored = this.summaries.open(id, key).orElseThrow(NoSummaryException::new);
		return ApiClassSummary.of(stored, this.summaries.expiresOn(stored), this.summaries.summary(stored),
				this.translations::t);
	}

}
