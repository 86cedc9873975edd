package com.certadvisor.recommendation;

import com.certadvisor.catalog.PathStep;

/**
 * A stage of a certification's path, with its source resolved.
 *
 * @param id its stable id, such as {@code paths.CPC[2]}
 * @param step the stage
 * @param provenance where it comes from and how sure it is
 */
public record PlannedStep(String id, PathStep step, Provenance provenance) {

}
