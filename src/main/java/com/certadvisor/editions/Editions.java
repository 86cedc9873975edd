package com.certadvisor.editions;

import java.util.List;
import java.util.Optional;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.Change;
import com.certadvisor.catalog.Edition;
import com.certadvisor.i18n.Languages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The {@code edition} a link was made with. Links that travel (share links, student
 * links, QR codes) carry it, so a link opened after the catalog changed can say what
 * changed since.
 */
public final class Editions {

	public static final String PARAMETER = "edition";

	private Editions() {
	}

	/**
	 * {@code link} as it travels: with {@code lang} set to {@code language}, so it opens
	 * in the sender's language, and {@code edition} set to {@code catalog}'s.
	 */
	public static String shared(String link, String language, Catalog catalog) {
		return UriComponentsBuilder.fromUriString(link)
			.replaceQueryParam(Languages.PARAMETER, language)
			.replaceQueryParam(PARAMETER, catalog.version())
			.build()
			.toUriString();
	}

	/**
	 * {@code page}, a path of this application with its query, as a link that travels:
	 * absolute from {@code origin} (the site's public address), in the reader's language
	 * and naming {@code catalog}'s edition.
	 */
	public static String toShare(String origin, String page, Catalog catalog) {
		return shared(origin + page, LocaleContextHolder.getLocale().getLanguage(), catalog);
	}

	/**
	 * What changed since a link's {@code edition}, or nothing for a link of this edition
	 * or a later one.
	 * @throws IllegalArgumentException if {@code edition} is not written as an edition
	 */
	static Optional<Notice> notice(String edition, Catalog catalog) {
		Edition since = Edition.parse(edition);
		return since.isBefore(catalog.edition()) ? Optional.of(new Notice(since, catalog.changesSince(since)))
				: Optional.empty();
	}

	/**
	 * What a page opened from an older link says.
	 *
	 * @param since the edition the link was made with
	 * @param changes what changed since, oldest first
	 */
	public record Notice(Edition since, List<Change> changes) {

		public Notice {
			changes = List.copyOf(changes);
		}

	}

}
