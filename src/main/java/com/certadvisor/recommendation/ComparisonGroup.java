package com.certadvisor.recommendation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * A titled group of rows in the side-by-side table.
 *
 * @param title the group's heading, or {@code null} for the differences-only view
 * @param lines its rows
 * @param caveats what its summary line says about the facts in it; the API leaves it out,
 * since every fact there carries its own kind, tier and staleness
 */
public record ComparisonGroup(@Nullable String title, List<ComparisonLine> lines, @JsonIgnore Caveats caveats) {

	public ComparisonGroup {
		lines = List.copyOf(lines);
	}

}
