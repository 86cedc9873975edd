package com.certadvisor.seo;

import java.util.List;

/**
 * What a page's head says about it to search engines and to the apps a link is pasted
 * into: description, canonical address, the same page in other languages, and the preview
 * card.
 *
 * @param title the card's title
 * @param description one or two sentences, for results and cards
 * @param canonical the page's own absolute address
 * @param alternates the page in each language, and {@code x-default}; none where the page
 * is not indexed
 * @param image the absolute address of the 1200×630 preview image
 * @param imageAlt what the preview image shows
 * @param locale the page's locale as Open Graph writes it ({@code en_US})
 * @param otherLocales the other languages' locales
 * @param indexed whether search engines may index the page
 */
public record PageHead(String title, String description, String canonical, List<Alternate> alternates, String image,
		String imageAlt, String locale, List<String> otherLocales, boolean indexed) {

	public PageHead {
		alternates = List.copyOf(alternates);
		otherLocales = List.copyOf(otherLocales);
	}

	/**
	 * The page in one language.
	 *
	 * @param hreflang a language code, or {@code x-default}
	 * @param href its absolute address
	 */
	public record Alternate(String hreflang, String href) {

	}

}
