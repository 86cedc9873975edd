package com.certadvisor.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an invalid catalog at start-up into a short report instead of a stack trace. */
class InvalidCatalogFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCatalogException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCatalogException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the catalog file, or point cert-advisor.catalog.location at a valid one.", cause);
	}

}
