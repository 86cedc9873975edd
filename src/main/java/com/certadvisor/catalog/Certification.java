package com.certadvisor.catalog;

/**
 * One of the two certifications the advisor compares.
 *
 * @param id the public id ({@code CPC} or {@code CCS})
 * @param name the full name
 * @param issuer the body that awards it
 * @param summary who it suits, in one sentence
 */
public record Certification(String id, String name, String issuer, String summary) {

	public Certification {
		id = Checks.text(id, "id");
		name = Checks.text(name, "name");
		issuer = Checks.text(issuer, "issuer");
		summary = Checks.text(summary, "summary");
	}

}
