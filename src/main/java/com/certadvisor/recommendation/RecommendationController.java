package com.certadvisor.recommendation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Certification;
import com.certadvisor.feedback.ReportLinks;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.questionnaire.QuestionnaireFlow;
import com.certadvisor.system.BadParameterException;
import com.certadvisor.system.Editions;
import com.certadvisor.system.RenderedFragments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The recommendation for a set of answers, and the plain comparison. */
@Controller
class RecommendationController {

	private static final String RECOMMENDATION = "/recommendation";

	private static final String COMPARE = "/compare";

	private final RuleService rules;

	private final ComparisonService comparison;

	private final PlanService plans;

	private final QuestionnaireFlow flow;

	private final RenderedFragments fragments;

	private final CatalogSource catalogs;

	private final ReportLinks reports;

	RecommendationController(RuleService rules, ComparisonService comparison, PlanService plans, QuestionnaireFlow flow,
			RenderedFragments fragments, CatalogSource catalogs, ReportLinks reports) {
		this.rules = rules;
		this.comparison = comparison;
		this.plans = plans;
		this.flow = flow;
		this.fragments = fragments;
		this.catalogs = catalogs;
		this.reports = reports;
	}

	@GetMapping(RECOMMENDATION)
	String recommendation(Answers answers, @RequestParam(name = ComparisonView.PARAMETER, required = false) String view,
			Model model) {
		ComparisonView shown = view(view, answers.link(RECOMMENDATION));
		Recommendation recommendation = this.rules.recommend(answers);
		String recommended = recommendation.verdict().certificationId();
		model.addAttribute("recommendation", recommendation);
		model.addAttribute("recommended", recommended);
		model.addAttribute("certification",
				(recommended != null) ? this.catalogs.current().certification(recommended) : null);
		String shareLink = Editions.toShare(this.flow.recommendationLink(answers), this.catalogs.current());
		model.addAttribute("shareLink", shareLink);
		model.addAttribute("checkLink", this.flow.checkLink(answers));
		model.addAttribute("plans",
				fragment("recommendation/pictures", "plans", plans(answers, recommended), shareLink));
		model.addAttribute("alsoConsider", this.comparison.alsoConsider(answers));
		addComparison(answers, shown, recommended, answers.link(RECOMMENDATION), shareLink, model);
		return "recommendation/recommendation";
	}

	@GetMapping(COMPARE)
	String compare(Answers answers, @RequestParam(name = ComparisonView.PARAMETER, required = false) String view,
			Model model) {
		ComparisonView shown = view(view, answers.link(COMPARE));
		model.addAttribute("startLink", this.flow.startLink(answers));
		addComparison(answers, shown, null, answers.link(COMPARE),
				Editions.toShare(answers.link(COMPARE), this.catalogs.current()), model);
		return "recommendation/compare";
	}

	private static ComparisonView view(String view, String retryLink) {
		if (view == null) {
			return ComparisonView.ALL;
		}
		return ComparisonView.from(view)
			.orElseThrow(
					() -> new BadParameterException(ComparisonView.PARAMETER, view, ComparisonView.valid(), retryLink));
	}

	private void addComparison(Answers answers, ComparisonView view, String recommended, String page, String pageLink,
			Model model) {
		List<ComparisonGroup> groups = (view == ComparisonView.DIFFERENCES) ? this.comparison.differences(answers)
				: this.comparison.compare(answers);
		Catalog catalog = this.catalogs.current();
		Certification cpc = catalog.certification(Verdict.CPC.name());
		Certification ccs = catalog.certification(Verdict.CCS.name());
		model.addAttribute("cpc", cpc);
		model.addAttribute("ccs", ccs);
		model.addAttribute("answers", answers);
		model.addAttribute("differencesOnly", view == ComparisonView.DIFFERENCES);
		model.addAttribute("allRowsLink", ComparisonView.ALL.link(page));
		model.addAttribute("differencesLink", ComparisonView.DIFFERENCES.link(page));
		model.addAttribute("comparisonTable",
				fragment("fragments/comparison", "table", table(groups, recommended, cpc, ccs), pageLink));
		model.addAttribute("relatedCredentials",
				fragment("fragments/comparison", "related", Map.of("related", this.comparison.related()), pageLink));
	}

	private Map<String, Object> plans(Answers answers, String recommended) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("plans", this.plans.plans(answers));
		variables.put("recommended", recommended);
		return variables;
	}

	private static Map<String, Object> table(List<ComparisonGroup> groups, String recommended, Certification cpc,
			Certification ccs) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("groups", groups);
		variables.put("recommended", recommended);
		variables.put("cpc", cpc);
		variables.put("ccs", ccs);
		variables.put("columns", List.of(cpc, ccs));
		return variables;
	}

	/**
	 * Fragments whose inputs are a few answers are rendered once, then reused; their
	 * report links name {@code pageLink}.
	 */
	private String fragment(String template, String fragment, Map<String, Object> variables, String pageLink) {
		return this.reports.withPage(this.fragments.render(this.catalogs.current(), template, fragment, variables,
				LocaleContextHolder.getLocale()), pageLink);
	}

}
