package com.certadvisor.result;

import com.certadvisor.classes.OptIns;
import com.certadvisor.plan.StartMonths;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.ComparisonView;
import com.certadvisor.web.Routes;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The recommendation for a set of answers, with its plan. */
@Controller
class ResultController {

	private final ResultPageService pages;

	private final OptIns optIns;

	ResultController(ResultPageService pages, OptIns optIns) {
		this.pages = pages;
		this.optIns = optIns;
	}

	@GetMapping(Routes.RECOMMENDATION)
	String recommendation(Answers answers,
			@RequestParam(name = ComparisonView.PARAMETER, required = false) @Nullable String view,
			@RequestParam(name = StartMonths.PARAMETER, required = false) @Nullable String start,
			@RequestParam(name = ResultPageService.PLAN_PARAMETER, required = false) @Nullable String plan,
			Model model) {
		model.addAttribute("page", this.pages.page(answers, view, start, plan));
		model.addAttribute("optIn", this.optIns.form(answers).orElse(null));
		return "recommendation/recommendation";
	}

	@GetMapping(Routes.OTHER_ANSWERS)
	String otherAnswers(Answers answers,
			@RequestParam(name = StartMonths.PARAMETER, required = false) @Nullable String start,
			@RequestParam(name = ResultPageService.PLAN_PARAMETER, required = false) @Nullable String plan,
			Model model) {
		model.addAttribute("page", this.pages.page(answers, null, start, plan));
		return "recommendation/other-answers";
	}

}
