package com.certadvisor.recommendation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.ComparisonRow;
import com.certadvisor.catalog.Fact;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.catalog.QuestionnaireContract;
import com.certadvisor.questionnaire.Answers;

import org.springframework.stereotype.Service;

/**
 * Builds the side-by-side comparison. Prices that depend on membership are picked by the
 * person's {@code membership} answer; without one, both prices are shown.
 */
@Service
public class ComparisonService {

	private final CatalogSource catalogs;

	private final Freshness freshness;

	public ComparisonService(CatalogSource catalogs, Freshness freshness) {
		this.catalogs = catalogs;
		this.freshness = freshness;
	}

	/** Every row, in the catalog's sections. */
	public List<ComparisonGroup> compare(Answers answers) {
		String membership = membership(answers);
		return this.catalogs.current()
			.comparison()
			.stream()
			.map((section) -> new ComparisonGroup(section.title(),
					section.rows().stream().map((row) -> line(row, membership)).toList()))
			.toList();
	}

	/**
	 * Only the rows where CPC and CCS differ, in one group: rows about the questions that
	 * weigh most in the person's answers first, the catalog's order otherwise.
	 */
	public List<ComparisonGroup> differences(Answers answers) {
		String membership = membership(answers);
		List<ComparisonLine> lines = this.catalogs.current()
			.comparison()
			.stream()
			.flatMap((section) -> section.rows().stream())
			.sorted(Comparator.comparingInt((ComparisonRow row) -> relevance(row, answers)).reversed())
			.map((row) -> line(row, membership))
			.filter(ComparisonLine::differs)
			.toList();
		return List.of(new ComparisonGroup(null, lines));
	}

	public List<ShownCredential> related() {
		Catalog catalog = this.catalogs.current();
		return catalog.related()
			.stream()
			.map((credential) -> new ShownCredential(credential, catalog.source(credential.source()),
					this.freshness.isStale(credential.asOf())))
			.toList();
	}

	/** The related credentials the person's answers make worth a look. */
	public List<ShownCredential> alsoConsider(Answers answers) {
		Map<String, String> given = answers.values();
		return related().stream().filter((shown) -> shown.credential().relevantTo(given)).toList();
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

	private static String membership(Answers answers) {
		return answers.get(QuestionnaireContract.MEMBERSHIP).orElse(null);
	}

	private ComparisonLine line(ComparisonRow row, String membership) {
		return new ComparisonLine(row.id(), row.label(), shown(row.cells().get(Verdict.CPC.name()), membership),
				shown(row.cells().get(Verdict.CCS.name()), membership));
	}

	private List<ShownFact> shown(List<Fact> facts, String membership) {
		Catalog catalog = this.catalogs.current();
		return facts.stream()
			.filter((fact) -> fact.audience() == null || fact.audience().includes(membership))
			.map((fact) -> new ShownFact(fact.text(), catalog.source(fact.source()), fact.asOf(), fact.estimate(),
					fact.audience() != null && membership != null, this.freshness.isStale(fact.asOf())))
			.toList();
	}

}
