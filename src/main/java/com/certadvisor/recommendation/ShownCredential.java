package com.certadvisor.recommendation;

import com.certadvisor.catalog.RelatedCredential;

/**
 * A related credential as the page shows it, with its source resolved.
 *
 * @param credential the credential
 * @param provenance where its line comes from and how sure it is
 */
public record ShownCredential(RelatedCredential credential, Provenance provenance) {

	/** Its stable id, such as {@code related.CCA}. */
	public String id() {
		return "related." + this.credential.id();
	}

}
