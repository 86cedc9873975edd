package com.certadvisor.catalog;

/**
 * One sourced statement in the comparison.
 *
 * @param text the statement
 * @param source the id of its entry in the catalog's sources
 * @param asOf when the source says it held
 * @param estimate {@code true} when no official page confirms it
 * @param audience for prices that depend on membership, who it applies to; otherwise
 * {@code null}
 */
public record Fact(String text, String source, AsOf asOf, boolean estimate, Audience audience) {

	public Fact {
		text = Checks.text(text, "text");
		source = Checks.text(source, "source");
		Checks.present(asOf, "asOf");
	}

}
