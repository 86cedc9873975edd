package com.certadvisor.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lays a school file over the catalog's JSON tree: the school, its programmes, its own
 * words or figures for named facts, each with the school's source and date, and the
 * translations of its texts. Checks the file on its own first and gives every problem
 * with its JSON path in the school file.
 */
final class SchoolOverlay {

	private static final List<String> PARTS = List.of("school", "programmes", "facts", "translations");

	private final JsonMapper mapper;

	private final Catalog base;

	private final ObjectNode tree;

	private final LocalDate today;

	private final List<String> problems = new ArrayList<>();

	private final Map<JsonNode, String> sources = new HashMap<>();

	private SchoolOverlay(JsonMapper mapper, Catalog base, ObjectNode tree, LocalDate today) {
		this.mapper = mapper;
		this.base = base;
		this.tree = tree;
		this.today = today;
	}

	/**
	 * Applies {@code file} to {@code tree}, the JSON of {@code base}, and returns the
	 * problems found in it; the tree is only fit to load when there are none.
	 */
	static List<String> apply(JsonMapper mapper, Catalog base, ObjectNode tree, JsonNode file, LocalDate today) {
		SchoolOverlay overlay = new SchoolOverlay(mapper, base, tree, today);
		if (!file.isObject()) {
			overlay.problem("$", "a school file is a JSON object with " + PARTS);
		}
		else {
			overlay.apply(file);
		}
		return List.copyOf(overlay.problems);
	}

	private void apply(JsonNode file) {
		file.properties()
			.stream()
			.filter((part) -> !PARTS.contains(part.getKey()))
			.forEach((part) -> problem("$." + part.getKey(), "unknown part; a school file holds " + PARTS));
		JsonNode school = file.get("school");
		if (school != null) {
			bind(school, School.class, "$.school");
			this.tree.set("school", school);
		}
		else if (file.has("programmes")) {
			problem("$.school", "is missing: programmes need the school's name and site");
		}
		JsonNode programmes = file.get("programmes");
		if (programmes != null) {
			programmes(programmes);
			this.tree.set("programmes", programmes);
		}
		JsonNode facts = file.path("facts");
		Map<String, String> paths = this.base.facts()
			.stream()
			.collect(Collectors.toMap(CatalogFact::id, CatalogFact::path));
		FactReplacement replacement = new FactReplacement(this, this.base, this.tree);
		facts.properties().forEach((fact) -> {
			String at = "$.facts['" + fact.getKey() + "']";
			String path = paths.get(fact.getKey());
			if (path == null) {
				problem(at, "unknown fact id '" + fact.getKey()
						+ "'; a fact is named by its place, such as costs.CPC[0] or exam-fee.CPC[0]");
			}
			else {
				replacement.apply(at, (ObjectNode) at(this.tree, path), fact.getValue());
			}
		});
		file.path("translations").properties().forEach((language) -> {
			JsonNode translations = this.tree.path("translations").path(language.getKey());
			if (translations instanceof ObjectNode known && language.getValue() instanceof ObjectNode added) {
				known.setAll(added);
			}
			else {
				this.tree.withObject("translations").set(language.getKey(), language.getValue());
			}
		});
	}

	private void programmes(JsonNode programmes) {
		if (!programmes.isArray()) {
			problem("$.programmes", "is a list of programmes");
			return;
		}
		List<String> certifications = this.base.certifications().stream().map(Certification::id).toList();
		for (int i = 0; i < programmes.size(); i++) {
			String at = "$.programmes[" + i + "]";
			Programme programme = bind(programmes.get(i), Programme.class, at);
			if (programme == null) {
				continue;
			}
			if (!certifications.contains(programme.credential())) {
				problem(at + ".credential",
						"unknown credential '" + programme.credential() + "'; the catalog's are " + certifications);
			}
			JsonNode starts = programmes.get(i).path("starts");
			for (int j = 0; j < starts.size(); j++) {
				if (LocalDate.parse(starts.get(j).asString()).isBefore(this.today)) {
					problem(at + ".starts[" + j + "]",
							starts.get(j).asString() + " is in the past; give the next start dates only");
				}
			}
		}
	}

	/** The id the merged catalog gives the school's {@code source}, added once. */
	String source(JsonNode source) {
		return this.sources.computeIfAbsent(source, (added) -> {
			String id = "school-" + (this.sources.size() + 1);
			this.tree.withObject("sources").set(id, added);
			return id;
		});
	}

	/** The node at {@code path}, a fact's JSON path such as {@code $.costs.CPC[0]}. */
	static JsonNode at(JsonNode tree, String path) {
		JsonNode node = tree;
		Matcher step = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]").matcher(path);
		while (step.find()) {
			node = (step.group(1) != null) ? node.path(step.group(1)) : node.path(Integer.parseInt(step.group(2)));
		}
		return node;
	}

	/** {@code node} as a {@code type}, or {@code null} after noting why it is not one. */
	<T> @Nullable T bind(JsonNode node, Class<T> type, String at) {
		try {
			return this.mapper.treeToValue(node, type);
		}
		catch (JacksonException ex) {
			this.problems.add(CatalogLoader.describe(ex, at));
			return null;
		}
	}

	int problemCount() {
		return this.problems.size();
	}

	void problem(String path, String message) {
		this.problems.add(path + ": " + message);
	}

}
