package com.certadvisor.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.certadvisor.links.ForeignHostException;
import com.certadvisor.links.RefusedLinks;
import com.certadvisor.questionnaire.AnswerProblem;
import com.certadvisor.questionnaire.InvalidAnswersException;
import com.certadvisor.errors.BadParameterException;

import com.certadvisor.classes.NoSummaryException;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
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

	private final RefusedLinks refused;

	ApiProblems(RefusedLinks refused) {
		this.refused = refused;
	}

	@ExceptionHandler(InvalidAnswersException.class)
	ProblemDetail invalidAnswers(InvalidAnswersException ex) {
		this.refused.refused(ex);
		return problem(ex.getProblems().stream().map(this::describe).toList());
	}

	@ExceptionHandler(BadParameterException.class)
	ProblemDetail badParameter(BadParameterException ex) {
		this.refused.refused(RefusedLinks.Problem.BAD_PARAMETER);
		return problem(List.of(Map.of("name", ex.getParameter(), "reason", "not one of the values it takes",
				"validValues", ex.getValidValues())));
	}

	@ExceptionHandler(ForeignHostException.class)
	ProblemDetail foreignHost(ForeignHostException ex) {
		this.refused.refused(RefusedLinks.Problem.FOREIGN_HOST);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"This site does not answer for the host named in the request. Set cert-advisor.public-url to the"
						+ " address people reach it at, or add the host to cert-advisor.allowed-hosts.");
		problem.setType(URI.create("/api#foreign-host"));
		problem.setTitle("Host not served");
		return problem;
	}

	@ExceptionHandler(NoSummaryException.class)
	ProblemDetail noSummary() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No class summary opens with this id and key: one of them is wrong, or the class was deleted or has"
						+ " expired.");
		problem.setType(URI.create("/api#no-class-summary"));
		problem.setTitle("No class summary");
		return problem;
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> classesUnavailable() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"Class summaries are not available right now; advice and the comparison still are. Try again later.");
		problem.setType(URI.create("/api#classes-unavailable"));
		problem.setTitle("Class summaries not available");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "30")
			.body(problem);
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

	private Map<String, Object> describe(AnswerProblem problem) {
		String reason = switch (problem.kind()) {
			case UNKNOWN_QUESTION -> "not a question id";
			case UNKNOWN_VALUE -> "not one of the question's options";
			case REPEATED -> "given more than once";
			case TOO_LONG -> "longer than any option";
			case BAD_SUGGESTIONS -> "not a list of question:value pairs";
			case BAD_CLASS -> "not a class id: ten letters and digits";
			case BAD_STATE -> "not a state's two-letter USPS code";
		};
		return Map.of("name", problem.parameter(), "reason", reason, "validValues", problem.validValues());
	}

}
