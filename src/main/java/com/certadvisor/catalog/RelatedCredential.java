package com.certadvisor.catalog;

/**
 * A credential worth knowing about beside CPC and CCS.
 *
 * @param id its short name, such as {@code CPC-A}
 * @param name its full name
 * @param issuer the body that awards it
 * @param summary one line on what it is
 * @param source the id of its entry in the catalog's sources
 * @param asOf when the source says it held
 * @param estimate {@code true} when no official page confirms it
 */
public record RelatedCredential(String id, String name, String issuer, String summary, String source, AsOf asOf,
		boolean estimate) {

	public RelatedCredential {
		id = Checks.text(id, "id");
		name = Checks.text(name, "name");
		issuer = Checks.text(issuer, "issuer");
		summary = Checks.text(summary, "summary");
		source = Checks.text(source, "source");
		if (asOf == null) {
			throw new IllegalArgumentException("'asOf' is missing");
		}
	}

}
