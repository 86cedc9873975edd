package com.certadvisor.seo;

import java.util.Locale;

import com.certadvisor.web.Routes;

/**
 * The kinds of page a link can point to, each with its own description and preview image.
 * Result pages and class summaries are personal: never indexed, never in the sitemap.
 */
enum PageKind {

	START(true), QUESTION(true), RESULT(false), COMPARE(true), COUNSELOR(true), SOURCES(true), CLASSES(false);

	private final boolean indexed;

	PageKind(boolean indexed) {
		this.indexed = indexed;
	}

	/** The kind of the page at {@code path}, an application path without its query. */
	static PageKind of(String path) {
		if (path.startsWith(Routes.QUESTIONS) || path.startsWith(Routes.CHANGE) || path.equals(Routes.CHECK)) {
			return QUESTION;
		}
		if (path.equals(Routes.CLASSES) || path.startsWith(Routes.CLASSES + "/")) {
			return CLASSES;
		}
		return switch (path) {
			case Routes.RECOMMENDATION, Routes.OTHER_ANSWERS -> RESULT;
			case Routes.COMPARE -> COMPARE;
			case Routes.COUNSELOR, Routes.HANDOUT -> COUNSELOR;
			case Routes.SOURCES -> SOURCES;
			default -> START;
		};
	}

	/** Whether search engines may index pages of this kind, answers aside. */
	boolean indexed() {
		return this.indexed;
	}

	/** The prefix of this kind's texts in {@code messages.properties}. */
	String messages() {
		return "head." + name().toLowerCase(Locale.ROOT);
	}

	/** The file name of this kind's preview image in {@code language}. */
	String previewImage(String language) {
		return name().toLowerCase(Locale.ROOT) + "-" + language + ".png";
	}

}
