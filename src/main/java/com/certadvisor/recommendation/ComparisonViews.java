package com.certadvisor.recommendation;

import java.util.List;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.errors.BadParameterException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** The comparison for a page, with the rows its {@code view} parameter asks for. */
@Component
public class ComparisonViews {

	private final ComparisonService comparison;

	private final CatalogSource catalogs;

	public ComparisonViews(ComparisonService comparison, CatalogSource catalogs) {
		this.comparison = comparison;
		this.catalogs = catalogs;
	}

	/**
	 * @param view the {@code view} parameter, or {@code null} for every row
	 * @param recommended the id of the recommended certification, or {@code null}
	 * @param page the page's path with its answers
	 * @param withRelated whether to list every related credential too
	 * @param shownElsewhere ids of rows the page shows in a place of their own
	 * @throws BadParameterException when {@code view} is not a view
	 */
	public ShownComparison shown(Answers answers, @Nullable String view, @Nullable String recommended, String page,
			boolean withRelated, List<String> shownElsewhere) {
		ComparisonView shown = (view != null) ? ComparisonView.from(view)
			.orElseThrow(() -> new BadParameterException(ComparisonView.PARAMETER, view, ComparisonView.valid(), page))
				: ComparisonView.ALL;
		Catalog catalog = this.catalogs.current();
		ComparisonTable table = new ComparisonTable(
				(shown == ComparisonView.DIFFERENCES) ? this.comparison.differences(answers, shownElsewhere)
						: this.comparison.compare(answers, shownElsewhere),
				recommended, catalog.certification(Verdict.CPC.name()), catalog.certification(Verdict.CCS.name()));
		return new ShownComparison(table, shown == ComparisonView.DIFFERENCES, ComparisonView.ALL.link(page),
				ComparisonView.DIFFERENCES.link(page), withRelated ? this.comparison.related() : null);
	}

}
