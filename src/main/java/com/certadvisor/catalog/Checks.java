package com.certadvisor.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Constructor checks shared by the catalog records. They throw
 * {@link IllegalArgumentException}, which the loader reports with the JSON path of the
 * record being built.
 */
final class Checks {

	private Checks() {
	}

	static String text(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + field + "' is missing or blank");
		}
		return value.strip();
	}

	/** An absolute http or https address. */
	static URI web(URI value, String field) {
		if (value == null || !value.isAbsolute()
				|| !("https".equals(value.getScheme()) || "http".equals(value.getScheme()))) {
			throw new IllegalArgumentException("'" + field + "' must be an absolute http or https address");
		}
		return value;
	}

	static <T> T present(T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("'" + field + "' is missing");
		}
		return value;
	}

	static @Nullable String optionalText(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static <T> List<T> list(List<T> values, String field) {
		if (values == null || values.isEmpty()) {
			throw new IllegalArgumentException("'" + field + "' is missing or empty");
		}
		if (values.contains(null)) {
			throw new IllegalArgumentException("'" + field + "' contains null");
		}
		return Collections.unmodifiableList(new ArrayList<>(values));
	}

	/** An unmodifiable copy that keeps the order the JSON file gives. */
	static <K, V> Map<K, V> map(Map<K, V> values, String field) {
		if (values == null || values.isEmpty()) {
			throw new IllegalArgumentException("'" + field + "' is missing or empty");
		}
		values.forEach((key, value) -> {
			if (value == null) {
				throw new IllegalArgumentException("'" + field + "." + key + "' is null");
			}
		});
		return Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

}
