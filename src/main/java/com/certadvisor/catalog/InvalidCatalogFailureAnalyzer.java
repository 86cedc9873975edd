package com.certadvisor.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an invalid catalog at start-up into a short report instead of a stack trace. */
class InvalidCatalogFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCatalogException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCatalogException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the file named above, or point cert-advisor.catalog.location (the catalog) or "
						+ "cert-advisor.school.location (a school file) at a valid one.",
				cause);
	}

}
