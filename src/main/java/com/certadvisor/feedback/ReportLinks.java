package com.certadvisor.feedback;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.certadvisor.links.Queries;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * "Report a problem" links: a {@code mailto:} to the configured address, or the
 * configured page, with the fact's id and the page's link filled in. Nothing is stored.
 * Parts of pages that are rendered once and reused carry {@link #PAGE} instead of the
 * page's link, filled in per request by {@link #withPage}.
 */
@Component("reports")
public class ReportLinks {

	/** Stands for the page's link until {@link #withPage} fills it in. */
	static final String PAGE = "CERT-ADVISOR-PAGE-LINK";

	private final FeedbackProperties feedback;

	private final MessageSource messages;

	ReportLinks(FeedbackProperties feedback, MessageSource messages) {
		this.feedback = feedback;
		this.messages = messages;
	}

	/** Whether reports have somewhere to go; without, pages show no report links. */
	public boolean enabled() {
		return this.feedback.url() != null || this.feedback.email() != null;
	}

	/**
	 * The link to report a problem with the fact {@code factId}, in {@code locale}'s
	 * words, for the page {@link #withPage} later names; {@code null} when reports have
	 * nowhere to go.
	 */
	public @Nullable String link(String factId, Locale locale) {
		if (this.feedback.url() != null) {
			String url = this.feedback.url();
			if (!url.contains("{fact}") && !url.contains("{page}")) {
				url = Queries.append(url, "fact={fact}&page={page}");
			}
			return url.replace("{fact}", encode(factId)).replace("{page}", PAGE);
		}
		if (this.feedback.email() != null) {
			String subject = this.messages.getMessage("report.subject", new Object[] { factId }, locale);
			String body = this.messages.getMessage("report.body", new Object[] { factId, PAGE }, locale);
			return "mailto:" + this.feedback.email() + "?subject=" + encode(subject) + "&body=" + encode(body);
		}
		return null;
	}

	/**
	 * {@code html} with the report links naming {@code pageLink}; as it is when there are
	 * none, so pages without them are not searched on every request.
	 */
	public String withPage(String html, String pageLink) {
		return enabled() ? html.replace(PAGE, encode(pageLink)) : html;
	}

	private static String encode(String text) {
		return UriUtils.encode(text, StandardCharsets.UTF_8);
	}

}
