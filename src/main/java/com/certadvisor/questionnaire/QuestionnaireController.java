package com.certadvisor.questionnaire;

import com.certadvisor.i18n.Languages;
import com.certadvisor.web.Routes;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The landing page, one page per question, the step between them, and the
 * check-your-answers page.
 */
@Controller
class QuestionnaireController {

	private final QuestionnaireFlow flow;

	QuestionnaireController(QuestionnaireFlow flow) {
		this.flow = flow;
	}

	@GetMapping(Routes.START)
	String start(Answers answers, Model model) {
		model.addAttribute("startLink", this.flow.startLink(answers));
		model.addAttribute("prefilled", !answers.isEmpty());
		model.addAttribute("setByCounselor", this.flow.setByCounselor(answers));
		return "questionnaire/start";
	}

	@GetMapping(Routes.QUESTIONS + "{questionId}")
	String question(@PathVariable String questionId, Answers answers, Model model, HttpServletRequest request) {
		return this.flow.step(questionId, answers)
			.map((step) -> page(step, model))
			.orElseGet(() -> next(questionId, answers, false, request));
	}

	@GetMapping(Routes.CHANGE + "{questionId}")
	String change(@PathVariable String questionId, Answers answers, Model model, HttpServletRequest request) {
		return this.flow.change(questionId, answers)
			.map((step) -> page(step, model))
			.orElseGet(() -> next(questionId, answers, true, request));
	}

	/** Where a question's form leads: the next page depends on the answer just given. */
	@GetMapping(Routes.QUESTIONS + "{questionId}" + QuestionnaireFlow.NEXT)
	String next(@PathVariable String questionId, Answers answers, HttpServletRequest request) {
		return next(questionId, answers, false, request);
	}

	@GetMapping(Routes.CHANGE + "{questionId}" + QuestionnaireFlow.NEXT)
	String changed(@PathVariable String questionId, Answers answers, HttpServletRequest request) {
		return next(questionId, answers, true, request);
	}

	@GetMapping(Routes.CHECK)
	String check(Answers answers, Model model) {
		model.addAttribute("summary", this.flow.summary(answers));
		model.addAttribute("recommendationLink", this.flow.recommendationLink(answers));
		model.addAttribute("backLink", this.flow.lastQuestionLink(answers));
		return "questionnaire/check";
	}

	private static String page(QuestionStep step, Model model) {
		model.addAttribute("step", step);
		return "questionnaire/question";
	}

	private String next(String questionId, Answers answers, boolean changing, HttpServletRequest request) {
		String next = this.flow.next(questionId, answers, changing)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return "redirect:"
				+ Languages.chosen(request).map((language) -> Languages.withLanguage(next, language)).orElse(next);
	}

}
