package com.certadvisor.api;

import com.certadvisor.recommendation.Provenance;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The lane another credential serves better than the two compared, in the requested
 * language.
 *
 * @param id the credential's short name, such as {@code CRC}
 * @param lane the line of work
 * @param name the credential's full name
 * @param issuer the body that awards it
 * @param summary whom it is for
 * @param exam the exam in one line
 * @param fee the fee as its source publishes it, or null where it publishes none
 * @param provenance its source, date, kind and certainty
 */
record ApiBetterFit(String id, String lane, String name, String issuer, String summary, String exam, String fee,
		@JsonUnwrapped Provenance provenance) {

}
