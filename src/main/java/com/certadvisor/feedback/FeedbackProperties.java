package com.certadvisor.feedback;

import java.net.URI;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where people report a wrong fact. With neither set, pages show no report links.
 *
 * @param email an address to write to, for {@code mailto:} links, or {@code null}
 * @param url a page to report on, or {@code null}; {@code {fact}} and {@code {page}} in
 * it are replaced by the fact's id and the page's link, and without them both are added
 * as {@code fact} and {@code page} query parameters. Used instead of {@code email} when
 * both are set.
 */
@ConfigurationProperties("cert-advisor.feedback")
public record FeedbackProperties(@Nullable String email, @Nullable String url) {

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s?&#/:]+@[^@\\s?&#/:]+\\.[^@\\s?&#/:]+");

	public FeedbackProperties {
		email = (email == null || email.isBlank()) ? null : email.strip();
		url = (url == null || url.isBlank()) ? null : url.strip();
		if (email != null && !ADDRESS.matcher(email).matches()) {
			throw new IllegalArgumentException(
					"cert-advisor.feedback.email must be an e-mail address such as facts@school.example, not '" + email
							+ "'");
		}
		if (url != null && !isWebAddress(url)) {
			throw new IllegalArgumentException(
					"cert-advisor.feedback.url must be an absolute http or https address, not '" + url + "'");
		}
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = URI.create(url.replace("{fact}", "fact").replace("{page}", "page"));
			return uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
