package com.certadvisor.result;

import java.util.Map;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.feedback.ReportLinks;
import com.certadvisor.plan.CredentialPlan;
import com.certadvisor.recommendation.ShownComparison;
import com.certadvisor.caching.RenderedFragments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The heavy parts of result and comparison pages, rendered once per distinct content
 * ({@link RenderedFragments}) and reused, with their report links naming the page. Called
 * from the templates, so controllers only map a request to its page.
 */
@Component("resultParts")
public class ResultParts {

	private final RenderedFragments fragments;

	private final CatalogSource catalogs;

	private final ReportLinks reports;

	ResultParts(RenderedFragments fragments, CatalogSource catalogs, ReportLinks reports) {
		this.fragments = fragments;
		this.catalogs = catalogs;
		this.reports = reports;
	}

	/** One credential's next steps, dated plan, costs and sources. */
	public String credential(CredentialPlan plan, String pageLink) {
		return render("plan/plan", "credential", Map.of("plan", plan), pageLink);
	}

	/** The side-by-side table. */
	public String table(ShownComparison comparison, String pageLink) {
		return render("fragments/comparison", "table", Map.of("t", comparison.table()), pageLink);
	}

	/** Every related credential. */
	public String related(ShownComparison comparison, String pageLink) {
		return render("fragments/comparison", "related", Map.of("related", comparison.related()), pageLink);
	}

	private String render(String template, String fragment, Map<String, Object> variables, String pageLink) {
		return this.reports.withPage(this.fragments.render(this.catalogs.current(), template, fragment, variables,
				LocaleContextHolder.getLocale()), pageLink);
	}

}
