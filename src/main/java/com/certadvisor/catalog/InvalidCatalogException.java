package com.certadvisor.catalog;

import java.util.List;

/**
 * A catalog file that cannot be used. Each problem starts with the JSON path it was found
 * at.
 */
class InvalidCatalogException extends RuntimeException {

	private final String location;

	private final List<String> problems;

	InvalidCatalogException(String location, List<String> problems) {
		super("Catalog " + location + " is invalid:\n  - " + String.join("\n  - ", problems));
		this.location = location;
		this.problems = List.copyOf(problems);
	}

	String getLocation() {
		return this.location;
	}

	List<String> getProblems() {
		return this.problems;
	}

}
