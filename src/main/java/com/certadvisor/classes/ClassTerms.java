package com.certadvisor.classes;

import org.springframework.stereotype.Component;

/**
 * The terms a counselor agrees to when starting a class, for templates:
 * {@code ${@classTerms.retentionMonths()}}.
 */
@Component("classTerms")
public class ClassTerms {

	private final ClassSummaryProperties properties;

	public ClassTerms(ClassSummaryProperties properties) {
		this.properties = properties;
	}

	/** The longest label a class may have. */
	public int maxLabel() {
		return StoredClass.MAX_LABEL;
	}

	/** How many months a class and its results are kept. */
	public long retentionMonths() {
		return this.properties.retention().toTotalMonths();
	}

}
