package com.certadvisor.recommendation;

import java.util.List;
import java.util.Optional;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.catalog.Note;
import com.certadvisor.questionnaire.Answers;

import org.springframework.stereotype.Service;

/**
 * What the result says besides the comparison, as the catalog words it: the line of work
 * another credential serves better (the first lane the answers point to), and the notes
 * the answers call for, such as on remote work.
 */
@Service
public class PersonalAdvice {

	private final CatalogSource catalogs;

	private final Freshness freshness;

	public PersonalAdvice(CatalogSource catalogs, Freshness freshness) {
		this.catalogs = catalogs;
		this.freshness = freshness;
	}

	/** The lane another credential serves better, if the answers point to one. */
	public Optional<ShownLane> betterFit(Answers answers) {
		Catalog catalog = this.catalogs.current();
		return catalog.betterFit(answers.values())
			.map((lane) -> new ShownLane(lane, Provenance.of(catalog, this.freshness, lane)));
	}

	/** The notes {@code answers} call for, in the catalog's order. */
	public List<ShownNote> notes(Answers answers) {
		Catalog catalog = this.catalogs.current();
		return shown(catalog, catalog.notes(), answers);
	}

	/** Who can pay for training and exams, the routes {@code answers} call for. */
	public List<ShownNote> funding(Answers answers) {
		Catalog catalog = this.catalogs.current();
		return shown(catalog, catalog.funding(), answers);
	}

	/**
	 * The official pages that answer for the state {@code answers} carry; none without
	 * one.
	 */
	public List<ShownLocalLink> local(Answers answers) {
		if (!answers.hasState()) {
			return List.of();
		}
		Catalog catalog = this.catalogs.current();
		return catalog.local()
			.links()
			.stream()
			.map((link) -> new ShownLocalLink(link, link.href(answers.state()),
					Provenance.of(catalog, this.freshness, link)))
			.toList();
	}

	private List<ShownNote> shown(Catalog catalog, List<Note> notes, Answers answers) {
		return notes.stream()
			.filter((note) -> note.callsFor(answers.values()))
			.map((note) -> new ShownNote(note, Provenance.of(catalog, this.freshness, note)))
			.toList();
	}

}
