package com.certadvisor.classes;

import java.util.Locale;

import com.certadvisor.classes.Submission.Outcome;
import com.certadvisor.web.Routes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** A student's opt-in form, sent: counted, or refused with why. */
@Controller
class ClassResultsController {

	private final ResultSubmissions submissions;

	private final ClassSummaryProperties properties;

	ClassResultsController(ResultSubmissions submissions, ClassSummaryProperties properties) {
		this.submissions = submissions;
		this.properties = properties;
	}

	@PostMapping(Routes.CLASS_RESULTS)
	ModelAndView add(@PathVariable String id, @RequestParam(required = false) @Nullable String answers,
			@RequestParam(required = false) @Nullable String token, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		Submission sent = this.submissions.submit(id, answers, token, request.getRemoteAddr(), locale.getLanguage());
		boolean counted = sent.outcome() == Outcome.ADDED || sent.outcome() == Outcome.ALREADY_COUNTED;
		ModelAndView page = counted ? new ModelAndView("classes/added")
				: ClassAdvice.refused(sent.outcome().name(), status(sent.outcome()));
		if (sent.outcome() == Outcome.TOO_MANY) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(this.properties.limitWindow().toSeconds()));
		}
		page.addObject("outcome", sent.outcome().name());
		page.addObject("resultLink", sent.answers().isEmpty() ? null : sent.answers().link(Routes.RECOMMENDATION));
		return page;
	}

	private static HttpStatus status(Outcome outcome) {
		return switch (outcome) {
			case ADDED, ALREADY_COUNTED -> HttpStatus.OK;
			case UNKNOWN_CLASS -> HttpStatus.NOT_FOUND;
			case EXPIRED_FORM -> HttpStatus.BAD_REQUEST;
			case TOO_MANY, FULL -> HttpStatus.TOO_MANY_REQUESTS;
		};
	}

}
