package com.certadvisor.errors;

/** A link too broken to read: the site's 400 page or problem details explain it. */
class MalformedLinkException extends RuntimeException {

	private final MalformedLink problem;

	private final boolean api;

	MalformedLinkException(MalformedLink problem, boolean api) {
		super("malformed link: " + problem);
		this.problem = problem;
		this.api = api;
	}

	MalformedLink getProblem() {
		return this.problem;
	}

	/** Whether it was meant for the API, which answers problem details. */
	boolean isApi() {
		return this.api;
	}

}
