package com.certadvisor.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A way to prepare for a credential, which sets what the training costs: studying alone,
 * the issuer's own course, a college programme, or a course already finished.
 *
 * @param id its id, which cost items name in {@code route}
 * @param label its name, in a few words
 * @param detail what it means for the money, in a sentence
 * @param firstFor the {@code education} answers for which it is shown first
 * @param fallback {@code true} for the one route shown first when {@code education} is
 * not answered
 */
public record CostRoute(String id, String label, String detail, List<String> firstFor, boolean fallback) {

	public CostRoute {
		id = Checks.text(id, "id");
		label = Checks.text(label, "label");
		detail = Checks.text(detail, "detail");
		firstFor = (firstFor != null) ? List.copyOf(firstFor) : List.of();
	}

	/** Whether a person who answered {@code education} (or nothing) sees it first. */
	public boolean firstFor(@Nullable String education) {
		return (education != null) ? this.firstFor.contains(education) : this.fallback;
	}

}
