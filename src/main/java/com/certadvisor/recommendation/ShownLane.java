package com.certadvisor.recommendation;

import com.certadvisor.catalog.Lane;

/**
 * The lane another credential serves better, as the result shows it, with its source
 * resolved.
 *
 * @param lane the lane and its credential
 * @param provenance where its lines come from and how sure they are
 */
public record ShownLane(Lane lane, Provenance provenance) {

	/** Its stable id, such as {@code lanes.CRC}. */
	public String id() {
		return "lanes." + this.lane.id();
	}

}
