package com.certadvisor.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.certadvisor.links.ForeignHostException;
import com.certadvisor.questionnaire.AnswerProblem;
import com.certadvisor.questionnaire.InvalidAnswersException;
import com.certadvisor.errors.BadParameterException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input to the API as RFC 9457 problem details, naming each parameter that was not
 * understood. Ordered before the site's HTML error pages, and only for the API.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	@ExceptionHandler(InvalidAnswersException.class)
	ProblemDetail invalidAnswers(InvalidAnswersException ex) {
		return problem(ex.getProblems().stream().map(ApiProblems::describe).toList());
	}

	@ExceptionHandler(BadParameterException.class)
	ProblemDetail badParameter(BadParameterException ex) {
		return problem(List.of(Map.of("name", ex.getParameter(), "reason", "not one of the values it takes",
				"validValues", ex.getValidValues())));
	}

	@ExceptionHandler(ForeignHostException.class)
	ProblemDetail foreignHost(ForeignHostException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"This site does not answer for the host named in the request. Set cert-advisor.public-url to the"
						+ " address people reach it at, or add the host to cert-advisor.allowed-hosts.");
		problem.setType(URI.create("/api#foreign-host"));
		problem.setTitle("Host not served");
		return problem;
	}

	/** A 400 naming each parameter not understood, with why and its valid values. */
	private static ProblemDetail problem(List<Map<String, Object>> invalidParams) {
		ProblemDetail problem = ProblemDetail
			.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalidParams.size() + " parameter(s) not understood: "
					+ String.join(", ", invalidParams.stream().map((param) -> (String) param.get("name")).toList()));
		problem.setType(URI.create("/api#invalid-answers"));
		problem.setTitle("Answers not understood");
		problem.setProperty("invalidParams", invalidParams);
		return problem;
	}

	private static Map<String, Object> describe(AnswerProblem problem) {
		String reason = switch (problem.kind()) {
			case UNKNOWN_QUESTION -> "not a question id";
			case UNKNOWN_VALUE -> "not one of the question's options";
			case REPEATED -> "given more than once";
			case TOO_LONG -> "longer than any option";
			case BAD_SUGGESTIONS -> "not a list of question:value pairs";
		};
		List<String> valid = (problem.question() != null)
				? problem.question().options().stream().map((option) -> option.value()).toList() : List.of();
		return Map.of("name", problem.parameter(), "reason", reason, "validValues", valid);
	}

}
