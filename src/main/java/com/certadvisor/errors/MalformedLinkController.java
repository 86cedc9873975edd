package com.certadvisor.errors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The handler {@link MalformedPathValve} forwards to, so that the request passes the
 * interceptor that explains it. Opened as a page of its own, there is nothing here.
 */
@Controller
class MalformedLinkController {

	@RequestMapping(MalformedLinkHandling.PAGE)
	void nothingHere() {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
