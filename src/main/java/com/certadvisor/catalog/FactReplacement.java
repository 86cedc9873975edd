package com.certadvisor.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts a school's words or figures in place of a fact's. A school may change what a fact
 * says and its prices, always with its own source and date; it cannot blank a fact, and
 * cannot change its kind or how sure it is, so the shelf life and the marks of a stale or
 * unconfirmed fact stay the catalog's. A replaced fact counts as unconfirmed, to be
 * checked against the official page its catalog source is, or names.
 */
final class FactReplacement {

	/** What a school may give differently: a fact's words and figures. */
	static final List<String> REPLACEABLE = List.of("text", "label", "detail", "summary", "amount", "upTo");

	private static final List<String> PRICES = List.of("amount", "upTo");

	private final SchoolOverlay overlay;

	private final Catalog base;

	private final ObjectNode tree;

	/**
	 * How often each English text appears, to drop the translations of those replaced.
	 */
	private final Map<String, Long> texts;

	FactReplacement(SchoolOverlay overlay, Catalog base, ObjectNode tree) {
		this.overlay = overlay;
		this.base = base;
		this.tree = tree;
		this.texts = new HashMap<>(base.texts()
			.values()
			.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
	}

	/**
	 * Replaces {@code fact} by {@code replacement}, given at {@code at} in the school
	 * file.
	 */
	void apply(String at, ObjectNode fact, JsonNode replacement) {
		if (!replacement.isObject()) {
			this.overlay.problem(at, "a replacement is an object with the fact's new words or figures, "
					+ "the school's source and asOf");
			return;
		}
		int problems = this.overlay.problemCount();
		ObjectNode changed = fact.deepCopy();
		replacement.properties().forEach((field) -> {
			if (!field.getKey().equals("source") && !field.getKey().equals("asOf")) {
				field(at + "." + field.getKey(), fact, field.getKey(), field.getValue(), changed);
			}
		});
		String source = source(at + ".source", replacement.get("source"));
		String asOf = asOf(at + ".asOf", replacement.get("asOf"));
		if (this.overlay.problemCount() > problems || source == null || asOf == null) {
			return;
		}
		String original = fact.path("source").asString();
		Source was = this.base.sources().get(original);
		if (was != null && was.official()) {
			changed.put("checkAt", original);
		}
		changed.put("source", source).put("asOf", asOf).put("estimate", true);
		REPLACEABLE.stream()
			.filter((name) -> fact.path(name).isString() && !fact.get(name).equals(changed.get(name)))
			.forEach((name) -> retire(fact.get(name).asString()));
		fact.removeAll().setAll(changed);
	}

	private void field(String at, ObjectNode fact, String name, JsonNode value, ObjectNode changed) {
		if (!REPLACEABLE.contains(name)) {
			this.overlay.problem(at, "a school cannot change '" + name + "'; it may give a fact's " + REPLACEABLE
					+ " with its own source and asOf, and the catalog keeps how long a fact holds and how sure it is");
		}
		else if (!fact.has(name) && !(PRICES.contains(name) && fact.has("per"))) {
			this.overlay.problem(at, "this fact has no '" + name + "'");
		}
		else if (name.equals("upTo") && value.isNull()) {
			// A single price in place of a range.
			changed.remove(name);
		}
		else if (value.isNull() || (value.isString() && value.asString().isBlank())) {
			this.overlay.problem(at, "must not be blank: a school can change a fact, not blank it");
		}
		else if (PRICES.contains(name) && !value.isIntegralNumber()) {
			this.overlay.problem(at, "must be a whole number of US dollars");
		}
		else if (PRICES.contains(name) && value.asLong() < 0) {
			this.overlay.problem(at, "must not be negative: a price is never below zero");
		}
		else if (!PRICES.contains(name) && !value.isString()) {
			this.overlay.problem(at, "must be text");
		}
		else {
			changed.set(name, value);
		}
	}

	private @Nullable String source(String at, @Nullable JsonNode source) {
		if (source == null) {
			this.overlay.problem(at, "is missing: a replaced fact names the school's own source, "
					+ "with its title, url and publisher");
			return null;
		}
		if (!source.isObject()) {
			this.overlay.problem(at, "is the school's own source, an object with its title, url and publisher");
			return null;
		}
		if (source.has("tier")) {
			this.overlay.problem(at + ".tier", "a school's page is a third-party source; leave the tier out");
			return null;
		}
		ObjectNode ranked = ((ObjectNode) source).deepCopy().put("tier", Tier.THIRD_PARTY.value());
		return (this.overlay.bind(ranked, Source.class, at) != null) ? this.overlay.source(ranked) : null;
	}

	private @Nullable String asOf(String at, @Nullable JsonNode asOf) {
		if (asOf == null) {
			this.overlay.problem(at, "is missing: when the school's source gave it, such as 2026-11");
			return null;
		}
		return (this.overlay.bind(asOf, AsOf.class, at) != null) ? asOf.asString() : null;
	}

	/** Drops the translations of a text no part of the catalog says any longer. */
	private void retire(String text) {
		long left = this.texts.merge(text, -1L, Long::sum);
		if (left <= 0) {
			this.tree.path("translations").forEach((language) -> ((ObjectNode) language).remove(text));
		}
	}

}
