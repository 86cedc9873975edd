package com.certadvisor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogFact;
import com.certadvisor.catalog.CatalogLoader;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.questionnaire.Answers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The embedded catalog and a short way to write answers, for plain unit tests. */
public final class Fixtures {

	/** The catalog the application ships with, loaded once for all tests. */
	public static final Catalog CATALOG = new CatalogLoader()
		.load(new ClassPathResource("catalog/cert-advisor-catalog.json"));

	/** {@link #CATALOG}, as services take it. */
	public static final CatalogSource CATALOGS = CatalogSource.of(CATALOG);

	/** The embedded catalog's fact {@code id}, as the fact checks name it. */
	public static CatalogFact fact(String id) {
		return CATALOG.facts()
			.stream()
			.filter((fact) -> fact.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no fact " + id));
	}

	/**
	 * The day the tests treat as today, so freshness does not drift with the calendar:
	 * the day of the December 2026 fact check.
	 */
	public static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	/** {@link #TODAY} as a clock. */
	public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

	/** Freshness judged on {@link #TODAY}. */
	public static final Freshness FRESHNESS = new Freshness(CLOCK);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The property that lays the docs' example school file over the embedded catalog, for
	 * {@code @TestPropertySource}.
	 */
	public static final String SCHOOL_FILE = "cert-advisor.school.location=file:docs/examples/school.json";

	/**
	 * The embedded catalog carrying the example school file's school and programmes, with
	 * {@code copies} more copies of its first programme, named {@code Copy 1} and on.
	 */
	public static Catalog withSchool(int copies) {
		try {
			ObjectNode catalog = (ObjectNode) JSON
				.readTree(new ClassPathResource("catalog/cert-advisor-catalog.json").getInputStream());
			JsonNode school = JSON.readTree(Files.readString(Path.of("docs/examples/school.json")));
			ArrayNode programmes = (ArrayNode) school.get("programmes").deepCopy();
			for (int i = 1; i <= copies; i++) {
				programmes.add(((ObjectNode) school.get("programmes").get(0).deepCopy()).put("name", "Copy " + i));
			}
			catalog.set("school", school.get("school"));
			catalog.set("programmes", programmes);
			school.get("translations")
				.get("es")
				.properties()
				.forEach((text) -> ((ObjectNode) catalog.get("translations").get("es")).set(text.getKey(),
						text.getValue()));
			((ObjectNode) catalog.get("translations").get("es"))
				.remove(school.get("facts").get("costs.CPC[5]").get("label").asString());
			return new CatalogLoader().load(new ByteArrayResource(JSON.writeValueAsBytes(catalog), "with a school"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Fixtures() {
	}

	/**
	 * The embedded catalog file as a school would copy and edit it, with {@code version}
	 * as its edition.
	 */
	public static String catalogFile(String version) {
		try {
			return new ClassPathResource("catalog/cert-advisor-catalog.json").getContentAsString(StandardCharsets.UTF_8)
				.replace("\"version\": \"" + CATALOG.version() + "\"", "\"version\": \"" + version + "\"");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A messages bundle file as the application reads it (UTF-8). */
	public static Properties messages(String name) {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
