package com.certadvisor.recommendation;

import com.certadvisor.catalog.PathStep;
import com.certadvisor.catalog.Source;

/**
 * A stage of a certification's path, with its source resolved.
 *
 * @param step the stage
 * @param source where it comes from
 * @param stale {@code true} when its as-of date is older than the freshness limit
 */
public record PlannedStep(PathStep step, Source source, boolean stale) {

}
