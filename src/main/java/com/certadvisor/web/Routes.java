package com.certadvisor.web;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every page's path, named once, and the lists of pages that other parts read: the pages
 * cached by ETag and the pages in the sitemap. The API's paths live with the API.
 */
public final class Routes {

	public static final String START = "/";

	/** Followed by a question's id. */
	public static final String QUESTIONS = "/questions/";

	/** Followed by a question's id: the question again, from the check page. */
	public static final String CHANGE = "/change/";

	public static final String CHECK = "/check";

	public static final String RECOMMENDATION = "/recommendation";

	public static final String OTHER_ANSWERS = RECOMMENDATION + "/other-answers";

	public static final String PLAN_CALENDAR = "/plan.ics";

	public static final String COMPARE = "/compare";

	public static final String SOURCES = "/sources";

	public static final String COUNSELOR = "/counselor";

	public static final String HANDOUT = COUNSELOR + "/handout";

	public static final String QR_PNG = COUNSELOR + "/qr.png";

	public static final String QR_SVG = COUNSELOR + "/qr.svg";

	public static final String CLASSES = "/classes";

	/** A class's summary, opened by its id and key. */
	public static final String CLASS_SUMMARY = CLASSES + "/{id}/{key}";

	/** Where a student adds a result to the class {@code id}. */
	public static final String CLASS_RESULTS = CLASSES + "/{id}/results";

	/** Alone with {@code ?code=}, where a typed short code is sent. */
	public static final String SHORT_CODES = "/s";

	/** A short code's link. */
	public static final String SHORT_CODE = SHORT_CODES + "/{code}";

	/**
	 * Pages that are pure functions of their URL, language, catalog edition and date, as
	 * path patterns: they carry a strong ETag and are kept rendered. Everything else
	 * (API, files, errors, class pages) is left alone.
	 */
	public static final List<String> CACHED_PAGES = List.of(START, QUESTIONS + "*", CHANGE + "*", CHECK, RECOMMENDATION,
			OTHER_ANSWERS, COMPARE, SOURCES, COUNSELOR, COUNSELOR + "/*");

	/** The pages in the sitemap: the first question stands for the questionnaire. */
	public static final List<String> SITEMAP = List.of(START, QUESTIONS + "setting", COMPARE, COUNSELOR, SOURCES);

	private Routes() {
	}

	/** The path of {@code route} with its variables, in order, encoded. */
	public static String expand(String route, Object... variables) {
		return UriComponentsBuilder.fromPath(route).encode().buildAndExpand(variables).toUriString();
	}

}
