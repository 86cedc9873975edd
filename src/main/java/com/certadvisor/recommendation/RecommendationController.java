package com.certadvisor.recommendation;

import java.util.List;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.Certification;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.questionnaire.QuestionnaireFlow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The recommendation for a set of answers, and the plain comparison. */
@Controller
class RecommendationController {

	private final RuleService rules;

	private final ComparisonService comparison;

	private final QuestionnaireFlow flow;

	private final Catalog catalog;

	RecommendationController(RuleService rules, ComparisonService comparison, QuestionnaireFlow flow, Catalog catalog) {
		this.rules = rules;
		this.comparison = comparison;
		this.flow = flow;
		this.catalog = catalog;
	}

	@GetMapping("/recommendation")
	String recommendation(Answers answers, Model model) {
		Recommendation recommendation = this.rules.recommend(answers);
		model.addAttribute("recommendation", recommendation);
		String recommended = recommendation.verdict().certificationId();
		model.addAttribute("recommended", recommended);
		model.addAttribute("certification", (recommended != null) ? this.catalog.certification(recommended) : null);
		model.addAttribute("shareLink", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				+ this.flow.recommendationLink(answers));
		model.addAttribute("checkLink", this.flow.checkLink(answers));
		addComparison(answers, model);
		return "recommendation/recommendation";
	}

	@GetMapping("/compare")
	String compare(Answers answers, Model model) {
		model.addAttribute("startLink", this.flow.startLink(answers));
		addComparison(answers, model);
		return "recommendation/compare";
	}

	private void addComparison(Answers answers, Model model) {
		model.addAttribute("answers", answers);
		model.addAttribute("groups", this.comparison.compare(answers));
		model.addAttribute("related", this.comparison.related());
		Certification cpc = this.catalog.certification(Verdict.CPC.name());
		Certification ccs = this.catalog.certification(Verdict.CCS.name());
		model.addAttribute("cpc", cpc);
		model.addAttribute("ccs", ccs);
		model.addAttribute("columns", List.of(cpc, ccs));
	}

}
