package com.certadvisor.recommendation;

import java.util.List;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.questionnaire.QuestionnaireFlow;
import com.certadvisor.links.PublicAddress;
import com.certadvisor.editions.Editions;
import com.certadvisor.web.Routes;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The plain comparison, for anyone who wants the facts without a recommendation. */
@Controller
class ComparisonController {

	private final ComparisonViews comparisons;

	private final QuestionnaireFlow flow;

	private final CatalogSource catalogs;

	private final PublicAddress address;

	ComparisonController(ComparisonViews comparisons, QuestionnaireFlow flow, CatalogSource catalogs,
			PublicAddress address) {
		this.comparisons = comparisons;
		this.flow = flow;
		this.catalogs = catalogs;
		this.address = address;
	}

	@GetMapping(Routes.COMPARE)
	String compare(Answers answers,
			@RequestParam(name = ComparisonView.PARAMETER, required = false) @Nullable String view, Model model) {
		model.addAttribute("startLink", this.flow.startLink(answers));
		model.addAttribute("comparison",
				this.comparisons.shown(answers, view, null, answers.link(Routes.COMPARE), true, List.of()));
		model.addAttribute("share",
				Editions.toShare(this.address.origin(), answers.link(Routes.COMPARE), this.catalogs.current()));
		model.addAttribute("answers", answers);
		return "recommendation/compare";
	}

}
