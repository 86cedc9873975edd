package com.certadvisor.recommendation;

import java.util.List;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.ComparisonRow;
import com.certadvisor.catalog.Fact;
import com.certadvisor.catalog.QuestionnaireContract;
import com.certadvisor.catalog.RelatedCredential;
import com.certadvisor.questionnaire.Answers;

import org.springframework.stereotype.Service;

/**
 * Builds the side-by-side comparison. Prices that depend on membership are picked by the
 * person's {@code membership} answer; without one, both prices are shown.
 */
@Service
public class ComparisonService {

	private final Catalog catalog;

	public ComparisonService(Catalog catalog) {
		this.catalog = catalog;
	}

	public List<ComparisonGroup> compare(Answers answers) {
		String membership = answers.get(QuestionnaireContract.MEMBERSHIP).orElse(null);
		return this.catalog.comparison()
			.stream()
			.map((section) -> new ComparisonGroup(section.title(),
					section.rows().stream().map((row) -> line(row, membership)).toList()))
			.toList();
	}

	public List<ShownCredential> related() {
		return this.catalog.related()
			.stream()
			.map((credential) -> new ShownCredential(credential, this.catalog.source(credential.source())))
			.toList();
	}

	private ComparisonLine line(ComparisonRow row, String membership) {
		return new ComparisonLine(row.id(), row.label(), shown(row.cells().get(Verdict.CPC.name()), membership),
				shown(row.cells().get(Verdict.CCS.name()), membership));
	}

	private List<ShownFact> shown(List<Fact> facts, String membership) {
		return facts.stream()
			.filter((fact) -> fact.audience() == null || fact.audience().includes(membership))
			.map((fact) -> new ShownFact(fact.text(), this.catalog.source(fact.source()), fact.asOf(), fact.estimate(),
					fact.audience() != null && membership != null))
			.toList();
	}

}
