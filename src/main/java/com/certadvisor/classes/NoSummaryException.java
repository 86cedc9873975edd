package com.certadvisor.classes;

/**
 * No class summary opens with this id and key: one of them is wrong, or the class was
 * deleted or has expired. Which is never said.
 */
public class NoSummaryException extends RuntimeException {

	public NoSummaryException() {
		super("no class summary opens with this id and key");
	}

}
