package com.certadvisor.catalog;

import java.net.URI;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The school that runs this installation, named on its pages.
 *
 * @param name the school's name, as it writes it
 * @param url its web site, an http or https address
 * @param contact an e-mail address students can write to, or {@code null}
 */
public record School(String name, URI url, @Nullable String contact) {

	private static final Pattern MAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	public School {
		name = Checks.text(name, "name");
		url = Checks.web(url, "url");
		contact = Checks.optionalText(contact);
		if (contact != null && !MAIL.matcher(contact).matches()) {
			throw new IllegalArgumentException("'contact' must be an e-mail address, such as admissions@school.edu");
		}
	}

}
