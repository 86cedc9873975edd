package com.certadvisor.catalog;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A school's course that prepares for one credential.
 *
 * @param credential the id of the certification it prepares for
 * @param name its name, as the school writes it
 * @param format how it is taught
 * @param months how long it takes
 * @param price what the school charges for it, in US dollars
 * @param includes what the price includes, such as the exam voucher or the code books
 * @param starts the days it starts, in order; none when it starts any day
 * @param rolling {@code true} when a student can start any day
 * @param url its page on the school's site
 */
public record Programme(String credential, String name, Format format, int months, int price, List<String> includes,
		List<LocalDate> starts, boolean rolling, URI url) {

	/** How a programme is taught. */
	public enum Format {

		ONLINE, IN_PERSON, HYBRID

	}

	public Programme {
		credential = Checks.text(credential, "credential");
		name = Checks.text(name, "name");
		Checks.present(format, "format");
		if (months < 1 || months > 60) {
			throw new IllegalArgumentException("'months' must be between 1 and 60, not " + months);
		}
		if (price < 0) {
			throw new IllegalArgumentException("'price' must not be negative");
		}
		includes = (includes != null)
				? List.copyOf(includes.stream().map((text) -> Checks.text(text, "includes")).toList()) : List.of();
		starts = (starts != null) ? starts.stream().sorted().toList() : List.of();
		if (rolling == !starts.isEmpty()) {
			throw new IllegalArgumentException("give either 'starts', the days it starts, or \"rolling\": true");
		}
		url = Checks.web(url, "url");
	}

	/** The first day it starts on or after {@code day}; empty for a rolling start. */
	public Optional<LocalDate> nextStart(LocalDate day) {
		return this.starts.stream().filter((start) -> !start.isBefore(day)).findFirst();
	}

	/** Whether a student can still join it on {@code day}. */
	public boolean open(LocalDate day) {
		return this.rolling || nextStart(day).isPresent();
	}

}
