package com.certadvisor.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.certadvisor.catalog.Pathway;
import com.certadvisor.recommendation.Provenance;

/**
 * A two-credential path with its dates and cost worked out.
 *
 * @param pathway the path
 * @param legs its steps, each with when it starts and ends
 * @param start the first day of the start month
 * @param cost the two-year costs of its credentials, added
 * @param costIsMinimum {@code true} when some cost has no known price
 * @param provenance where the path comes from and how sure it is
 */
public record ShownPathway(Pathway pathway, List<Leg> legs, LocalDate start, int cost, boolean costIsMinimum,
		Provenance provenance) {

	public ShownPathway {
		legs = List.copyOf(legs);
	}

	/** When the last credential is held. */
	public LocalDate end() {
		return this.legs.get(this.legs.size() - 1).to();
	}

	public long months() {
		return ChronoUnit.MONTHS.between(YearMonth.from(this.start), YearMonth.from(end()));
	}

	/**
	 * One step of the path.
	 *
	 * @param step the step
	 * @param from when it starts
	 * @param to when it ends: the credential is held, or the wait is over
	 */
	public record Leg(Pathway.Step step, LocalDate from, LocalDate to) {

	}

}
