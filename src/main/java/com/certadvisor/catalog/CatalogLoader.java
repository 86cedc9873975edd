package com.certadvisor.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.codec.digest.DigestUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.Resource;

/**
 * Reads a catalog file into immutable records and checks it. Any problem stops the load
 * with an {@link InvalidCatalogException} naming the JSON path.
 */
public final class CatalogLoader {

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// An absent "estimate" means false; Jackson 3 would reject it by default.
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	public Catalog load(Resource resource) {
		return load(read(resource), resource.getDescription());
	}

	/** The bytes of a catalog file; one that cannot be read is an invalid catalog. */
	static byte[] read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new InvalidCatalogException(resource.getDescription(),
					List.of("$: cannot read the file (" + ex.getMessage() + ")"));
		}
	}

	/** Reads and checks the catalog in {@code content}, read from {@code location}. */
	Catalog load(byte[] content, String location) {
		Catalog catalog;
		try {
			catalog = this.mapper.readValue(content, Catalog.class);
		}
		catch (JacksonException ex) {
			throw new InvalidCatalogException(location, List.of(describe(ex, "$")));
		}
		return validated(catalog, location);
	}

	/**
	 * Reads and checks the catalog in {@code content}, with its school file over it if
	 * there is one. The school file is checked on its own first, so its problems name its
	 * own JSON paths; then the catalog it makes is checked like any other.
	 * @param today the day before which a programme can no longer start
	 */
	Catalog load(CatalogFiles files, CatalogFiles.Content content, LocalDate today) {
		Catalog base = load(content.catalog(), files.catalog().getDescription());
		if (files.school() == null || content.school() == null) {
			return base;
		}
		String location = files.school().getDescription();
		Catalog merged;
		try {
			JsonNode school = this.mapper.readTree(content.school());
			ObjectNode tree = (ObjectNode) this.mapper.readTree(content.catalog());
			List<String> problems = SchoolOverlay.apply(this.mapper, base, tree, school, today);
			if (!problems.isEmpty()) {
				throw new InvalidCatalogException(location, problems);
			}
			merged = this.mapper.treeToValue(tree, Catalog.class);
		}
		catch (JacksonException ex) {
			throw new InvalidCatalogException(location, List.of(describe(ex, "$")));
		}
		return validated(merged, location + " over " + files.catalog().getDescription())
			.withSchoolDigest(DigestUtils.sha256Hex(content.school()));
	}

	private static Catalog validated(Catalog catalog, String location) {
		List<String> problems = CatalogValidator.validate(catalog);
		if (!problems.isEmpty()) {
			throw new InvalidCatalogException(location, problems);
		}
		return catalog;
	}

	/** What is wrong, after the JSON path where, from {@code at} down. */
	static String describe(JacksonException ex, String at) {
		return jsonPath(ex, at) + ": " + problem(ex);
	}

	private static String jsonPath(JacksonException ex, String at) {
		StringBuilder path = new StringBuilder(at);
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append('.').append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** The record constructors' own message where there is one; Jackson's otherwise. */
	private static String problem(JacksonException ex) {
		Throwable cause = ex.getCause();
		while (cause != null) {
			if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
				return cause.getMessage();
			}
			cause = cause.getCause();
		}
		String message = ex.getOriginalMessage();
		int detail = message.indexOf("\n");
		return (detail > 0) ? message.substring(0, detail) : message;
	}

}
