package com.certadvisor.plan;

import com.certadvisor.catalog.NextStep;
import com.certadvisor.catalog.Source;
import com.certadvisor.recommendation.Provenance;

/**
 * A next step as a page shows it.
 *
 * @param id its id for report links and the API
 * @param step the step
 * @param link the official page that says how
 * @param provenance where it comes from and how sure it is
 */
public record ShownStep(String id, NextStep step, Source link, Provenance provenance) {

}
