package com.certadvisor.recommendation;

import java.util.List;
import java.util.Optional;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.catalog.Local;
import com.certadvisor.catalog.Note;
import com.certadvisor.catalog.TypedText;
import com.certadvisor.errors.BadParameterException;
import com.certadvisor.questionnaire.Answers;

import org.springframework.stereotype.Service;

/**
 * What the result says besides the comparison, as the catalog words it: the line of work
 * another credential serves better (the first lane the answers point to), and the notes
 * the answers call for, such as on remote work.
 */
@Service
public class PersonalAdvice {

	/** The person's state, whose only effect is the local links. */
	public static final String STATE_PARAMETER = "state";

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
	 * The {@code state} parameter as a two-letter code in upper case, or {@code null}
	 * when not given.
	 * @param retryLink the page without the parameter, for the error to link back to
	 * @throws BadParameterException when it is not a state the catalog knows
	 */
	public String state(String given, String retryLink) {
		// The form's field is optional: sent empty, it asks for no state.
		if (given == null || TypedText.trimmed(given).isEmpty()) {
			return null;
		}
		Local local = this.catalogs.current().local();
		return local.state(given)
			.orElseThrow(() -> new BadParameterException(STATE_PARAMETER, given, local.states(), retryLink));
	}

	/**
	 * The official pages that answer for {@code state}, a code {@link #state} accepted;
	 * none without a state.
	 */
	public List<ShownLocalLink> local(String state) {
		if (state == null) {
			return List.of();
		}
		Catalog catalog = this.catalogs.current();
		return catalog.local()
			.links()
			.stream()
			.map((link) -> new ShownLocalLink(link, link.href(state), Provenance.of(catalog, this.freshness, link)))
			.toList();
	}

	private List<ShownNote> shown(Catalog catalog, List<Note> notes, Answers answers) {
		return notes.stream()
			.filter((note) -> note.callsFor(answers.values()))
			.map((note) -> new ShownNote(note, Provenance.of(catalog, this.freshness, note)))
			.toList();
	}

}
