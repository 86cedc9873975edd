package com.certadvisor.errors;

import java.util.Map;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Question;
import com.certadvisor.links.Queries;
import com.certadvisor.links.RefusedLinks;
import com.certadvisor.questionnaire.AnswerProblem;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.questionnaire.AnswersParser;
import com.certadvisor.questionnaire.InvalidAnswersException;
import com.certadvisor.questionnaire.QuestionnaireFlow;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UrlPathHelper;

/**
 * Answers a link with answers that were not understood with a 400 page that names each
 * problem, lists the valid choices and links back with the understood answers kept.
 */
@ControllerAdvice
class BadAnswersAdvice {

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private final QuestionnaireFlow flow;

	private final CatalogSource catalogs;

	private final RefusedLinks refused;

	BadAnswersAdvice(QuestionnaireFlow flow, CatalogSource catalogs, RefusedLinks refused) {
		this.flow = flow;
		this.catalogs = catalogs;
		this.refused = refused;
	}

	@ExceptionHandler(InvalidAnswersException.class)
	ModelAndView badAnswers(InvalidAnswersException ex, HttpServletRequest request) {
		this.refused.refused(ex);
		ModelAndView page = new ModelAndView("error/bad-answers", HttpStatus.BAD_REQUEST);
		Answers valid = ex.getValidAnswers();
		page.addObject("problems", ex.getProblems()
			.stream()
			.map((problem) -> new ShownProblem(problem,
					(problem.question() != null) ? this.flow.questionLink(problem.question().id(), valid) : null))
			.toList());
		page.addObject("questionIds",
				String.join(", ", this.catalogs.current().questions().stream().map(Question::id).toList()));
		page.addObject("retryLink", keepingDisplay(valid.link(PATHS.getPathWithinApplication(request)), request));
		page.addObject("checkLink", this.flow.checkLink(valid));
		return page;
	}

	@ExceptionHandler(BadParameterException.class)
	ModelAndView badParameter(BadParameterException ex) {
		this.refused.refused(RefusedLinks.Problem.BAD_PARAMETER);
		ModelAndView page = new ModelAndView("error/bad-parameter", HttpStatus.BAD_REQUEST);
		page.addObject("problem", ex);
		return page;
	}

	/**
	 * One problem as the page shows it.
	 *
	 * @param problem what was not understood
	 * @param answerAgainLink the question's page with the understood answers, or
	 * {@code null} when the parameter names no question
	 */
	record ShownProblem(AnswerProblem problem, @Nullable String answerAgainLink) {

	}

	/**
	 * {@code link} with the parameters that change how the page shows (start month, plan,
	 * view) as the request gave them, so trying again loses none of them.
	 */
	private static String keepingDisplay(String link, HttpServletRequest request) {
		String kept = link;
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (AnswersParser.DISPLAY_PARAMETERS.contains(parameter.getKey()) && parameter.getValue().length == 1) {
				kept = Queries.with(kept, parameter.getKey(), parameter.getValue()[0]);
			}
		}
		return kept;
	}

}
