package com.certadvisor;

import java.util.LinkedHashMap;
import java.util.Map;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogLoader;
import com.certadvisor.questionnaire.Answers;

import org.springframework.core.io.ClassPathResource;

/** The embedded catalog and a short way to write answers, for plain unit tests. */
public final class Fixtures {

	/** The catalog the application ships with, loaded once for all tests. */
	public static final Catalog CATALOG = new CatalogLoader()
		.load(new ClassPathResource("catalog/cert-advisor-catalog.json"));

	private Fixtures() {
	}

	/**
	 * Answers from alternating ids and values: {@code answers("setting", "inpatient")}.
	 */
	public static Answers answers(String... idsAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < idsAndValues.length; i += 2) {
			values.put(idsAndValues[i], idsAndValues[i + 1]);
		}
		return new Answers(values);
	}

}
