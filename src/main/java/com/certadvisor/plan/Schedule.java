package com.certadvisor.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import com.certadvisor.catalog.Milestone;
import org.jspecify.annotations.Nullable;

/**
 * One credential's dated plan.
 *
 * @param certification the certification id
 * @param start the first day of the start month
 * @param milestones in the catalog's order
 */
public record Schedule(String certification, LocalDate start, List<DatedMilestone> milestones) {

	public Schedule {
		milestones = List.copyOf(milestones);
	}

	/** When the credential is held: the exam milestone's date. */
	public LocalDate held() {
		return Objects.requireNonNull(date(Milestone.EXAM), "the exam is always dated");
	}

	/** When it is held without restriction; when it is held, if it has no restriction. */
	public LocalDate unrestricted() {
		LocalDate unrestricted = date(Milestone.UNRESTRICTED);
		return (unrestricted != null) ? unrestricted : held();
	}

	/**
	 * Whether holding it can come with a restriction first, as the CPC-A does: then the
	 * plan names when it can come off, even if that is when the exam is passed.
	 */
	public boolean restricted() {
		return date(Milestone.UNRESTRICTED) != null;
	}

	public long monthsToHold() {
		return months(held());
	}

	public long monthsToUnrestricted() {
		return months(unrestricted());
	}

	/** The dated milestones on a time axis drawn to scale. */
	public TimelinePicture picture() {
		return TimelinePicture.of(this);
	}

	/** The milestones that have a date: what a calendar holds. */
	public List<DatedMilestone> dated() {
		return this.milestones.stream().filter(DatedMilestone::dated).toList();
	}

	private long months(LocalDate date) {
		return ChronoUnit.MONTHS.between(YearMonth.from(this.start), YearMonth.from(date));
	}

	private @Nullable LocalDate date(String id) {
		return this.milestones.stream()
			.filter((dated) -> dated.milestone().id().equals(id))
			.map(DatedMilestone::date)
			.findFirst()
			.orElse(null);
	}

}
