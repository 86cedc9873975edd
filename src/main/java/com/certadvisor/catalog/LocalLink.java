package com.certadvisor.catalog;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A page on an official public site that answers for one state, such as what the job pays
 * there; its address names the state.
 *
 * @param id its id, unique among the local links
 * @param label what it shows, in a few words
 * @param url its address, with {@code {state}} for the state's code in lower case or
 * {@code {STATE}} in upper case
 * @param source the id of its entry in the catalog's sources
 * @param asOf when the source was last read and found to give it
 * @param kind the id of its kind, which sets how long it is trusted
 * @param estimate {@code true} when no official page confirms it
 * @param checkAt the id of an official source to check it against, or {@code null}
 */
public record LocalLink(String id, String label, String url, String source, AsOf asOf, String kind, boolean estimate,
		@Nullable String checkAt) implements Sourced {

	public LocalLink {
		id = Checks.text(id, "id");
		label = Checks.text(label, "label");
		url = Checks.text(url, "url");
		if (!url.startsWith("https://") || !(url.contains("{state}") || url.contains("{STATE}"))) {
			throw new IllegalArgumentException(
					"'url' must be an https address naming the state as {state} or {STATE}: " + url);
		}
		source = Checks.text(source, "source");
		Checks.present(asOf, "asOf");
		kind = Checks.text(kind, "kind");
		checkAt = Checks.optionalText(checkAt);
	}

	/** Its address for {@code state}, a two-letter code in upper case. */
	public String href(String state) {
		return this.url.replace("{state}", state.toLowerCase(Locale.ROOT)).replace("{STATE}", state);
	}

}
