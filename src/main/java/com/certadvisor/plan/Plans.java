package com.certadvisor.plan;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The plans for both credentials from one start month, and the two-credential path when
 * the answers call for one.
 *
 * @param start the start month
 * @param credentials CPC then CCS
 * @param pathway the two-credential path, or {@code null}
 */
public record Plans(YearMonth start, List<CredentialPlan> credentials, @Nullable ShownPathway pathway) {

	public Plans {
		credentials = List.copyOf(credentials);
	}

	public CredentialPlan of(String certification) {
		return this.credentials.stream()
			.filter((plan) -> plan.certification().id().equals(certification))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No plan for " + certification));
	}

}
