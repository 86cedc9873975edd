package com.certadvisor.errors;

import java.util.List;

/**
 * A display parameter (not an answer) with a value the page does not know. Answered with
 * a 400 page that names it and lists the values it takes.
 */
public class BadParameterException extends RuntimeException {

	private final String parameter;

	private final String value;

	private final List<String> validValues;

	private final String retryLink;

	/**
	 * @param parameter the parameter's name
	 * @param value the value given
	 * @param validValues the values it takes
	 * @param retryLink the same page without the parameter, answers kept
	 */
	public BadParameterException(String parameter, String value, List<String> validValues, String retryLink) {
		super("Unknown value for " + parameter);
		this.parameter = parameter;
		this.value = (value.length() <= 40) ? value : value.substring(0, 40) + "…";
		this.validValues = List.copyOf(validValues);
		this.retryLink = retryLink;
	}

	public String getParameter() {
		return this.parameter;
	}

	public String getValue() {
		return this.value;
	}

	public List<String> getValidValues() {
		return this.validValues;
	}

	public String getRetryLink() {
		return this.retryLink;
	}

}
