package com.certadvisor.catalog;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;

/**
 * {@code java -jar cert-advisor.jar --school-file-from=copy.json > school.json}: the way
 * out for a school that copied the whole catalog. Compares its copy with the embedded
 * catalog fact by fact and prints the school file that holds only what the school
 * changed, so it keeps every later correction. A fact the embedded catalog has newer than
 * the copy is the copy missing a correction, not the school's edit, and is left out; what
 * a school file cannot carry (rules, questions) is named on the error stream.
 */
public final class SchoolFileCommand {

	static final String OPTION = "--school-file-from=";

	private static final List<String> NOT_CARRIED = List.of("questions", "rules", "kinds", "costRoutes");

	private static final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private SchoolFileCommand() {
	}

	/** Whether {@code args} ask for a school file. */
	public static boolean requested(String[] args) {
		return option(args).isPresent();
	}

	private static Optional<String> option(String[] args) {
		return Arrays.stream(args).filter((arg) -> arg.startsWith(OPTION)).findFirst();
	}

	/**
	 * Prints the school file to {@code out}, and what it left out and why to {@code err}.
	 * @return the process's exit status: 0 when the school file was printed
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Path copyFile = Path.of(option(args).orElse(OPTION).substring(OPTION.length()));
		ClassPathResource embedded = new ClassPathResource("catalog/cert-advisor-catalog.json");
		Catalog catalog = new CatalogLoader().load(embedded);
		JsonNode base = mapper.readTree(CatalogLoader.read(embedded));
		JsonNode copy;
		try {
			copy = mapper.readTree(Files.readAllBytes(copyFile));
		}
		catch (IOException | JacksonException ex) {
			err.println("Cannot read the copy " + copyFile + ": " + ex.getMessage());
			return 1;
		}
		if (!copy.path("version").asString("").equals(catalog.version())) {
			err.println("The copy is of edition " + copy.path("version").asString("(none)")
					+ ", the embedded catalog of " + catalog.version()
					+ ": a fact added or removed in between moves the ones after it; check each below.");
		}
		ObjectNode school = mapper.createObjectNode();
		for (CatalogFact fact : catalog.facts()) {
			JsonNode was = SchoolOverlay.at(base, fact.path());
			JsonNode now = SchoolOverlay.at(copy, fact.path());
			if (!now.isMissingNode() && !was.equals(now)) {
				difference(fact.id(), was, now, copy, school, err);
			}
		}
		NOT_CARRIED.stream()
			.filter((part) -> copy.has(part) && !copy.get(part).equals(base.get(part)))
			.forEach((part) -> err.println("$." + part + " differs: a school file cannot carry it, so the "
					+ "embedded catalog's applies; ask for the change if the catalog is wrong."));
		out.println(mapper.writeValueAsString(school));
		err.println(school.path("facts").size() + " facts carried over. Check that each source is the page the "
				+ "school took its figure from, then add the school and its programmes (docs/schools.md).");
		return 0;
	}

	/** Carries the copy's change to one fact into {@code school}, unless it is stale. */
	private static void difference(String id, JsonNode was, JsonNode now, JsonNode copy, ObjectNode file,
			PrintStream err) {
		String copyAsOf = now.path("asOf").asString("");
		String embeddedAsOf = was.path("asOf").asString("");
		JsonNode source = copy.path("sources").path(now.path("source").asString(""));
		if (!copyAsOf.matches("\\d{4}(-\\d{2}){0,2}") || !(source instanceof ObjectNode)) {
			err.println(id + ": left out; the copy gives it no date or no source the copy lists");
			return;
		}
		if (AsOf.parse(embeddedAsOf).date().isAfter(AsOf.parse(copyAsOf).date())) {
			err.println(id + ": left out; the embedded catalog's is newer (as of " + embeddedAsOf
					+ ", the copy's as of " + copyAsOf + ")");
			return;
		}
		ObjectNode replacement = mapper.createObjectNode();
		for (String name : FactReplacement.REPLACEABLE) {
			if (now.has(name) && !now.get(name).equals(was.get(name))) {
				replacement.set(name, now.get(name));
				translations(now.get(name), copy, file);
			}
			else if (name.equals("upTo") && was.has(name) && !now.has(name)) {
				replacement.putNull(name);
			}
		}
		if (replacement.isEmpty()) {
			err.println(id + ": left out; only its source, date or kind differ, which a school file gives with a "
					+ "change, not alone");
			return;
		}
		ObjectNode own = ((ObjectNode) source).deepCopy();
		own.remove("tier");
		replacement.set("source", own);
		replacement.put("asOf", copyAsOf);
		file.withObject("facts").set(id, replacement);
		err.println(id + ": carried over (" + String.join(", ", replacement.propertyNames()) + ")");
	}

	/** The copy's translations of a text the school wrote. */
	private static void translations(JsonNode text, JsonNode copy, ObjectNode school) {
		if (text.isString()) {
			copy.path("translations").properties().forEach((language) -> {
				JsonNode translated = language.getValue().get(text.asString());
				if (translated != null) {
					school.withObject("translations").withObject(language.getKey()).set(text.asString(), translated);
				}
			});
		}
	}

}
