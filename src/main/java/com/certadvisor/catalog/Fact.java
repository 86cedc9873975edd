package com.certadvisor.catalog;

import org.jspecify.annotations.Nullable;

/**
 * One sourced statement in the comparison.
 *
 * @param text the statement
 * @param source the id of its entry in the catalog's sources
 * @param asOf when the source says it held
 * @param kind the id of its kind, which sets how long it is trusted
 * @param estimate {@code true} when no official page confirms it
 * @param checkAt for a fact resting on a third-party source, the id of the official
 * source to check it against; otherwise {@code null}
 * @param audience for prices that depend on membership, who it applies to; otherwise
 * {@code null}
 */
public record Fact(String text, String source, AsOf asOf, String kind, boolean estimate, @Nullable String checkAt,
		@Nullable Audience audience) implements Sourced {

	public Fact {
		text = Checks.text(text, "text");
		source = Checks.text(source, "source");
		Checks.present(asOf, "asOf");
		kind = Checks.text(kind, "kind");
		checkAt = Checks.optionalText(checkAt);
	}

}
