package com.certadvisor.errors;

import java.net.URI;
import java.net.URISyntaxException;

import com.certadvisor.links.RefusedLinks;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Explains a link too broken to read: the site's 400 page in the reader's language, or
 * problem details for the API.
 */
@ControllerAdvice
class MalformedLinkAdvice {

	private final int maxParameters;

	private final RefusedLinks refused;

	MalformedLinkAdvice(@Value("${server.tomcat.max-parameter-count:1000}") int maxParameters, RefusedLinks refused) {
		this.maxParameters = maxParameters;
		this.refused = refused;
	}

	@ExceptionHandler(MalformedLinkException.class)
	Object malformed(MalformedLinkException ex, HttpServletRequest request) {
		this.refused.refused(switch (ex.getProblem()) {
			case PATH -> RefusedLinks.Problem.MALFORMED_PATH;
			case ESCAPE -> RefusedLinks.Problem.MALFORMED_ESCAPE;
			case TOO_MANY -> RefusedLinks.Problem.TOO_MANY_PARAMETERS;
		});
		if (ex.isApi()) {
			ProblemDetail problem = problem(ex);
			problem.setInstance(linked(request));
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/malformed-link", HttpStatus.BAD_REQUEST);
		page.addObject("problem", ex.getProblem().messageKey());
		page.addObject("maxParameters", this.maxParameters);
		return page;
	}

	/** The path as it was linked, not the page the request was handed to. */
	private static URI linked(HttpServletRequest request) {
		Object link = request.getAttribute(MalformedLink.PATH_ATTRIBUTE);
		try {
			return new URI((link instanceof String path) ? path : request.getRequestURI());
		}
		catch (URISyntaxException ex) {
			return URI.create(request.getContextPath() + "/");
		}
	}

	private ProblemDetail problem(MalformedLinkException ex) {
		String detail = switch (ex.getProblem()) {
			case PATH -> "The path has parts no endpoint has, such as an encoded \"..\" segment.";
			case ESCAPE -> "The query has a % not followed by two hexadecimal digits, or escapes that are not UTF-8.";
			case TOO_MANY -> "The query has more than " + this.maxParameters + " parameters.";
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(URI.create("/api#malformed-link"));
		problem.setTitle("Malformed link");
		return problem;
	}

}
