package com.certadvisor.questionnaire;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The landing page, one page per question, and the check-your-answers page. */
@Controller
class QuestionnaireController {

	private final QuestionnaireFlow flow;

	QuestionnaireController(QuestionnaireFlow flow) {
		this.flow = flow;
	}

	@GetMapping("/")
	String start(Answers answers, Model model) {
		model.addAttribute("startLink", this.flow.startLink(answers));
		model.addAttribute("prefilled", !answers.isEmpty());
		model.addAttribute("setByCounselor", this.flow.setByCounselor(answers));
		return "questionnaire/start";
	}

	@GetMapping("/questions/{questionId}")
	String question(@PathVariable String questionId, Answers answers, Model model) {
		model.addAttribute("step", this.flow.step(questionId, answers).orElseThrow(this::notFound));
		return "questionnaire/question";
	}

	@GetMapping("/change/{questionId}")
	String change(@PathVariable String questionId, Answers answers, Model model) {
		model.addAttribute("step", this.flow.change(questionId, answers).orElseThrow(this::notFound));
		return "questionnaire/question";
	}

	@GetMapping("/check")
	String check(Answers answers, Model model) {
		model.addAttribute("summary", this.flow.summary(answers));
		model.addAttribute("recommendationLink", this.flow.recommendationLink(answers));
		model.addAttribute("backLink", this.flow.lastQuestionLink(answers));
		return "questionnaire/check";
	}

	private ResponseStatusException notFound() {
		return new ResponseStatusException(NOT_FOUND);
	}

}
