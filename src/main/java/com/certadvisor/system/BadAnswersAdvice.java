package com.certadvisor.system;

import com.certadvisor.questionnaire.InvalidAnswersException;
import com.certadvisor.questionnaire.QuestionnaireFlow;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a link with answers that were not understood with a 400 page that names each
 * problem, lists the valid choices and links back with the understood answers kept.
 */
@ControllerAdvice
class BadAnswersAdvice {

	private final QuestionnaireFlow flow;

	BadAnswersAdvice(QuestionnaireFlow flow) {
		this.flow = flow;
	}

	@ExceptionHandler(InvalidAnswersException.class)
	ModelAndView badAnswers(InvalidAnswersException ex, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/bad-answers", HttpStatus.BAD_REQUEST);
		page.addObject("problems", ex.getProblems());
		page.addObject("retryLink", ex.getValidAnswers().link(request.getServletPath()));
		page.addObject("checkLink", this.flow.checkLink(ex.getValidAnswers()));
		page.addObject("validAnswers", ex.getValidAnswers());
		return page;
	}

}
