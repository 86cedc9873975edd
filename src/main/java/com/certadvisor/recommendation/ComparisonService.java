package com.certadvisor.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.Lane;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.ComparisonRow;
import com.certadvisor.catalog.Fact;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.catalog.QuestionnaireContract;
import com.certadvisor.catalog.RelatedCredential;
import com.certadvisor.questionnaire.Answers;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Builds the side-by-side comparison. Prices that depend on membership are picked by the
 * person's {@code membership} answer; without one, both prices are shown.
 */
@Service
public class ComparisonService {

	/** The row on first-time pass rates. */
	public static final String PASS_RATE = "pass-rate";

	/** The row on what a first job pays. */
	public static final String ENTRY_PAY = "entry-pay";

	/** The row summing up each credential's next steps. */
	public static final String NEXT_STEPS = "next-steps";

	private final CatalogSource catalogs;

	private final Freshness freshness;

	public ComparisonService(CatalogSource catalogs, Freshness freshness) {
		this.catalogs = catalogs;
		this.freshness = freshness;
	}

	/** Every row, in the catalog's sections. */
	public List<ComparisonGroup> compare(Answers answers) {
		return compare(answers, List.of());
	}

	/**
	 * Every row but those in {@code shownElsewhere}, which the page shows in a place of
	 * their own, in the catalog's sections.
	 */
	public List<ComparisonGroup> compare(Answers answers, List<String> shownElsewhere) {
		String membership = membership(answers);
		Catalog catalog = this.catalogs.current();
		return catalog.comparison()
			.stream()
			.map((section) -> group(catalog, section.title(),
					section.rows()
						.stream()
						.filter((row) -> !shownElsewhere.contains(row.id()))
						.map((row) -> line(catalog, row, membership))
						.toList()))
			.toList();
	}

	/**
	 * Only the rows where CPC and CCS differ, in one group: rows about the questions that
	 * weigh most in the person's answers first, the catalog's order otherwise; without
	 * those in {@code shownElsewhere}.
	 */
	public List<ComparisonGroup> differences(Answers answers, List<String> shownElsewhere) {
		String membership = membership(answers);
		Catalog catalog = this.catalogs.current();
		List<ComparisonLine> lines = catalog.comparison()
			.stream()
			.flatMap((section) -> section.rows().stream())
			.filter((row) -> !shownElsewhere.contains(row.id()))
			.sorted(Comparator.comparingInt((ComparisonRow row) -> relevance(row, answers)).reversed())
			.map((row) -> line(catalog, row, membership))
			.filter(ComparisonLine::differs)
			.toList();
		return List.of(group(catalog, null, lines));
	}

	/**
	 * The rows of {@code ids}, in that order, wherever they stand in the comparison: such
	 * as the odds of passing and the first pay, shown beside the numbers.
	 */
	public List<ComparisonLine> rows(Answers answers, List<String> ids) {
		String membership = membership(answers);
		Catalog catalog = this.catalogs.current();
		List<ComparisonRow> rows = catalog.comparison().stream().flatMap((section) -> section.rows().stream()).toList();
		return ids.stream()
			.flatMap((id) -> rows.stream().filter((row) -> row.id().equals(id)))
			.map((row) -> line(catalog, row, membership))
			.toList();
	}

	/** Every related credential, with the summary line for their section. */
	public RelatedCredentials related() {
		return related(this.catalogs.current(), (credential) -> true);
	}

	/**
	 * The related credentials the person's answers make worth a look, but for the one the
	 * result already names as a better fit.
	 */
	public RelatedCredentials alsoConsider(Answers answers) {
		Catalog catalog = this.catalogs.current();
		Map<String, String> given = answers.values();
		String betterFit = catalog.betterFit(given).map(Lane::id).orElse(null);
		return related(catalog, (credential) -> credential.relevantTo(given) && !credential.id().equals(betterFit));
	}

	private RelatedCredentials related(Catalog catalog, Predicate<RelatedCredential> shown) {
		List<ShownCredential> credentials = catalog.related()
			.stream()
			.filter(shown)
			.map((credential) -> new ShownCredential(credential, Provenance.of(catalog, this.freshness, credential)))
			.toList();
		return new RelatedCredentials(credentials,
				Caveats.of(catalog, credentials.stream().map(ShownCredential::provenance).toList()));
	}

	/**
	 * How much a row matters to these answers: the strongest lean among the answered
	 * questions it is about, plus one for being answered at all.
	 */
	private int relevance(ComparisonRow row, Answers answers) {
		return row.topics().stream().mapToInt((questionId) -> answers.get(questionId).map((value) -> {
			var weight = this.catalogs.current().rules().weight(questionId, value);
			return 1 + Math.abs(weight.pointsFor(Verdict.CPC.name()) - weight.pointsFor(Verdict.CCS.name()));
		}).orElse(0)).max().orElse(0);
	}

	private static @Nullable String membership(Answers answers) {
		return answers.get(QuestionnaireContract.MEMBERSHIP).orElse(null);
	}

	/**
	 * A group and its summary line, which counts a fact shown across both columns once.
	 */
	private static ComparisonGroup group(Catalog catalog, @Nullable String title, List<ComparisonLine> lines) {
		List<Provenance> shown = new ArrayList<>();
		for (ComparisonLine line : lines) {
			line.cpc().forEach((fact) -> shown.add(fact.provenance()));
			if (line.differs()) {
				line.ccs().forEach((fact) -> shown.add(fact.provenance()));
			}
		}
		return new ComparisonGroup(title, lines, Caveats.of(catalog, shown));
	}

	private ComparisonLine line(Catalog catalog, ComparisonRow row, @Nullable String membership) {
		return new ComparisonLine(row.id(), row.label(), shown(catalog, row, Verdict.CPC.name(), membership),
				shown(catalog, row, Verdict.CCS.name(), membership));
	}

	private List<ShownFact> shown(Catalog catalog, ComparisonRow row, String certification,
			@Nullable String membership) {
		List<Fact> facts = Objects.requireNonNull(row.cells().get(certification),
				"the catalog's check gives every row a cell per certification");
		List<ShownFact> shown = new ArrayList<>();
		for (int i = 0; i < facts.size(); i++) {
			Fact fact = facts.get(i);
			if (fact.audience() == null || fact.audience().includes(membership)) {
				shown.add(new ShownFact(row.id() + "." + certification + "[" + i + "]", fact.text(),
						Provenance.of(catalog, this.freshness, fact), fact.audience() != null && membership != null));
			}
		}
		return shown;
	}

}
