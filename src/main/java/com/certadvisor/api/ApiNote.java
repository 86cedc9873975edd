package com.certadvisor.api;

import com.certadvisor.recommendation.Provenance;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A note the answers call for, in the requested language.
 *
 * @param id its id
 * @param title what it is about
 * @param text what it says
 * @param provenance its source, date, kind and certainty
 */
record ApiNote(String id, String title, String text, @JsonUnwrapped Provenance provenance) {

}
