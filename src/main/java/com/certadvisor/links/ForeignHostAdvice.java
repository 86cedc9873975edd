package com.certadvisor.links;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a request for a host the site does not expect with a 400 page that says which
 * setting to change, rather than a page whose links point wherever the client said.
 */
@ControllerAdvice
class ForeignHostAdvice {

	/** Enough of a host to recognise it; a header can be long. */
	private static final int SHOWN = 100;

	private final RefusedLinks refused;

	ForeignHostAdvice(RefusedLinks refused) {
		this.refused = refused;
	}

	@ExceptionHandler(ForeignHostException.class)
	ModelAndView foreignHost(ForeignHostException ex) {
		this.refused.refused(RefusedLinks.Problem.FOREIGN_HOST);
		ModelAndView page = new ModelAndView("error/foreign-host", HttpStatus.BAD_REQUEST);
		String host = ex.getHost();
		page.addObject("host", (host.length() > SHOWN) ? host.substring(0, SHOWN) + "…" : host);
		return page;
	}

}
