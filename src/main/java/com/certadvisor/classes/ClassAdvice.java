package com.certadvisor.classes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Class pages' refusals: 404 when no summary opens, and 503 "not available right now"
 * when the database is down. Only these routes say so; advice never needs the database.
 */
@ControllerAdvice(assignableTypes = { ClassPagesController.class, ClassResultsController.class })
class ClassAdvice {

	private static final Logger log = LoggerFactory.getLogger(ClassAdvice.class);

	/** Seconds a client may wait before trying again, as the pool gives up after 5. */
	static final String RETRY_AFTER = "30";

	@ExceptionHandler(NoSummaryException.class)
	ModelAndView noSummary() {
		return refused("NO_SUMMARY", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ModelAndView unavailable(RuntimeException ex, HttpServletResponse response) {
		// The exception's class alone at WARN: enough to see the database is down; the
		// statement at DEBUG. Neither ever holds a key, only its hash.
		log.warn("Class summaries are not available: {}", ex.getClass().getSimpleName());
		log.debug("Class summaries are not available", ex);
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		return refused("UNAVAILABLE", HttpStatus.SERVICE_UNAVAILABLE);
	}

	static ModelAndView refused(String outcome, HttpStatus status) {
		ModelAndView page = new ModelAndView("classes/refused", status);
		page.addObject("outcome", outcome);
		return page;
	}

}
