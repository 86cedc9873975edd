package com.certadvisor.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * Everything the advisor knows: certifications, sourced facts, questions and rules.
 * Loaded and checked once by {@link CatalogLoader}; immutable afterwards.
 *
 * @param version names this edition of the catalog: the day it was published
 * @param certifications the two certifications compared
 * @param sources the publications facts cite, by id
 * @param kinds the kinds of fact, by id, each with its shelf life
 * @param questions the questionnaire, in order
 * @param rules the scoring rules
 * @param comparison the side-by-side comparison, in sections
 * @param related related credentials, each in one line
 * @param lanes lines of work another credential serves better, the first that fits first
 * @param notes what the result tells the people whose answers call for it
 * @param costs per certification id, what getting and keeping it costs
 * @param costRoutes the ways to prepare, each with its own training costs
 * @param funding who can pay for training and exams, each route sourced
 * @param local the states the result can link official pages for, and those pages
 * @param planning next steps, the dated plan's milestones and two-credential paths
 * @param changes what each edition changed, oldest first
 * @param conflicts questions the sources answer differently
 * @param translations per language code other than English, each English text of the
 * catalog with its translation
 * @param school the school whose file lies over the catalog, or {@code null}
 * @param programmes the school's programmes, each for one certification
 * @param schoolDigest the SHA-256 of the school file, which tells its edits apart; set by
 * the loader, never read from a file
 */
public record Catalog(String version, List<Certification> certifications, Map<String, Source> sources,
		Map<String, Kind> kinds, List<Question> questions, Rules rules, List<ComparisonSection> comparison,
		List<RelatedCredential> related, List<Lane> lanes, List<Note> notes, Map<String, List<CostItem>> costs,
		List<CostRoute> costRoutes, List<Note> funding, Local local, Planning planning, List<Change> changes,
		List<Conflict> conflicts, Map<String, Map<String, String>> translations, @Nullable School school,
		List<Programme> programmes, @JsonIgnore @Nullable String schoolDigest) {

	public Catalog {
		version = Checks.text(version, "version");
		try {
			Edition.parse(version);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'version': " + ex.getMessage());
		}
		certifications = Checks.list(certifications, "certifications");
		sources = Checks.map(sources, "sources");
		kinds = Checks.map(kinds, "kinds");
		questions = Checks.list(questions, "questions");
		if (rules == null) {
			throw new IllegalArgumentException("'rules' is missing");
		}
		comparison = Checks.list(comparison, "comparison");
		related = Checks.list(related, "related");
		lanes = (lanes != null) ? Checks.list(lanes, "lanes") : List.of();
		notes = (notes != null) ? Checks.list(notes, "notes") : List.of();
		costs = Checks.map(costs, "costs");
		costs.forEach((certification, items) -> Checks.list(items, "costs." + certification));
		costRoutes = Checks.list(costRoutes, "costRoutes");
		funding = (funding != null) ? Checks.list(funding, "funding") : List.of();
		local = (local != null) ? local : new Local(List.of(), List.of());
		Checks.present(planning, "planning");
		changes = (changes != null) ? Checks.list(changes, "changes") : List.of();
		conflicts = (conflicts != null) ? Checks.list(conflicts, "conflicts") : List.of();
		translations = (translations != null) ? Map.copyOf(translations) : Map.of();
		programmes = (programmes != null) ? List.copyOf(programmes) : List.of();
		if (school == null && !programmes.isEmpty()) {
			throw new IllegalArgumentException("'school' is missing: programmes need the school's name and site");
		}
	}

	/** This catalog, as made with the school file whose SHA-256 is {@code digest}. */
	Catalog withSchoolDigest(String digest) {
		return new Catalog(this.version, this.certifications, this.sources, this.kinds, this.questions, this.rules,
				this.comparison, this.related, this.lanes, this.notes, this.costs, this.costRoutes, this.funding,
				this.local, this.planning, this.changes, this.conflicts, this.translations, this.school,
				this.programmes, digest);
	}

	/**
	 * What tells this catalog's content from another's, for browsers' and caches' tags:
	 * its version, with the school file's digest when there is one, since a school edits
	 * its file without changing the catalog's version.
	 */
	public String tag() {
		return (this.schoolDigest != null) ? this.version + "+" + this.schoolDigest.substring(0, 12) : this.version;
	}

	/** The school's programmes for {@code certification}, in the school's order. */
	public List<Programme> programmes(String certification) {
		return this.programmes.stream().filter((programme) -> programme.credential().equals(certification)).toList();
	}

	public Edition edition() {
		return Edition.parse(this.version);
	}

	/**
	 * {@code text}, one of this catalog's English texts, in {@code language}; itself if
	 * none.
	 */
	public String translate(String text, String language) {
		Map<String, String> texts = this.translations.get(language);
		return (texts != null && text != null) ? texts.getOrDefault(text, text) : text;
	}

	/**
	 * Every text a person reads, by JSON path: what a translation must cover. Names of
	 * credentials, bodies and sources stay as published.
	 */
	public Map<String, String> texts() {
		return CatalogTexts.of(this);
	}

	/**
	 * Every fact, wherever it stands: comparison, related credentials, costs, next steps,
	 * milestones and pathways.
	 */
	public List<CatalogFact> facts() {
		List<CatalogFact> facts = new ArrayList<>();
		for (int i = 0; i < this.comparison.size(); i++) {
			List<ComparisonRow> rows = this.comparison.get(i).rows();
			for (int j = 0; j < rows.size(); j++) {
				ComparisonRow row = rows.get(j);
				String path = "$.comparison[" + i + "].rows[" + j + "].cells.";
				row.cells().forEach((certification, cell) -> {
					for (int k = 0; k < cell.size(); k++) {
						String at = certification + "[" + k + "]";
						facts.add(new CatalogFact(row.id() + "." + at, path + at, cell.get(k).text(), cell.get(k)));
					}
				});
			}
		}
		for (int i = 0; i < this.related.size(); i++) {
			RelatedCredential credential = this.related.get(i);
			facts.add(new CatalogFact("related." + credential.id(), "$.related[" + i + "]", credential.summary(),
					credential));
		}
		for (int i = 0; i < this.lanes.size(); i++) {
			Lane lane = this.lanes.get(i);
			facts.add(new CatalogFact("lanes." + lane.id(), "$.lanes[" + i + "]", lane.exam(), lane));
		}
		for (int i = 0; i < this.notes.size(); i++) {
			Note note = this.notes.get(i);
			facts.add(new CatalogFact("notes." + note.id(), "$.notes[" + i + "]", note.text(), note));
		}
		this.costs.forEach((certification, items) -> {
			for (int i = 0; i < items.size(); i++) {
				String at = certification + "[" + i + "]";
				facts.add(new CatalogFact("costs." + at, "$.costs." + at, items.get(i).label(), items.get(i)));
			}
		});
		for (int i = 0; i < this.local.links().size(); i++) {
			LocalLink link = this.local.links().get(i);
			facts.add(new CatalogFact("local." + link.id(), "$.local.links[" + i + "]", link.label(), link));
		}
		for (int i = 0; i < this.funding.size(); i++) {
			Note route = this.funding.get(i);
			facts.add(new CatalogFact("funding." + route.id(), "$.funding[" + i + "]", route.text(), route));
		}
		PlanningFacts.add(this.planning, facts);
		return facts;
	}

	/** The changes made after {@code edition}, oldest first. */
	public List<Change> changesSince(Edition edition) {
		return this.changes.stream().filter((change) -> edition.isBefore(change.edition())).toList();
	}

	/** The way to prepare shown first to a person who answered {@code education}. */
	public CostRoute firstRoute(@Nullable String education) {
		return this.costRoutes.stream()
			.filter((route) -> route.firstFor(education))
			.findFirst()
			.orElseGet(() -> this.costRoutes.stream().filter(CostRoute::fallback).findFirst().orElseThrow());
	}

	public Optional<Question> question(String id) {
		return this.questions.stream().filter((question) -> question.id().equals(id)).findFirst();
	}

	/** The first lane {@code answers} (question id to value) point to, if any. */
	public Optional<Lane> betterFit(Map<String, String> answers) {
		return this.lanes.stream().filter((lane) -> lane.fits(answers)).findFirst();
	}

	/**
	 * The follow-ups that the answer to {@code questionId} in {@code answers} no longer
	 * calls for, whose answers a change of it drops.
	 */
	public List<String> followUpsLost(String questionId, Map<String, String> answers) {
		return this.questions.stream()
			.filter((question) -> question.followsFrom(questionId) && !question.appliesTo(answers))
			.map(Question::id)
			.toList();
	}

	public Certification certification(String id) {
		return this.certifications.stream()
			.filter((certification) -> certification.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No certification " + id));
	}

	public Source source(String id) {
		Source source = this.sources.get(id);
		if (source == null) {
			throw new IllegalStateException("No source " + id);
		}
		return source;
	}

	public Kind kind(String id) {
		Kind kind = this.kinds.get(id);
		if (kind == null) {
			throw new IllegalStateException("No kind " + id);
		}
		return kind;
	}

}
