package com.certadvisor.recommendation;

import java.util.List;

/**
 * Related credentials as a section shows them, with its summary line.
 *
 * @param credentials the credentials, in the catalog's order
 * @param caveats what the summary line says about their facts
 */
public record RelatedCredentials(List<ShownCredential> credentials, Caveats caveats) {

	public RelatedCredentials {
		credentials = List.copyOf(credentials);
	}

	public boolean isEmpty() {
		return this.credentials.isEmpty();
	}

}
