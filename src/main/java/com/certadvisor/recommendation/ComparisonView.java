package com.certadvisor.recommendation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.certadvisor.links.Queries;

/** Which rows of the comparison a page shows, as the {@code view} parameter says. */
public enum ComparisonView {

	ALL("all"), DIFFERENCES("differences");

	public static final String PARAMETER = "view";

	private final String value;

	ComparisonView(String value) {
		this.value = value;
	}

	String value() {
		return this.value;
	}

	public static Optional<ComparisonView> from(String value) {
		return Arrays.stream(values()).filter((view) -> view.value.equals(value)).findFirst();
	}

	public static List<String> valid() {
		return Arrays.stream(values()).map(ComparisonView::value).toList();
	}

	/** {@code link} (a path with the answers) showing this view. */
	public String link(String link) {
		return (this == ALL) ? link : Queries.append(link, PARAMETER + "=" + this.value);
	}

}
