package com.certadvisor.plan;

import java.time.LocalDate;
import java.time.YearMonth;

import com.certadvisor.catalog.Programme;
import org.jspecify.annotations.Nullable;

/**
 * A school's programme a student can still join, as the pages show it.
 *
 * @param programme the programme
 * @param nextStart the first day it starts from today, or {@code null} for a rolling
 * start
 */
public record ShownProgramme(Programme programme, @Nullable LocalDate nextStart) {

	/** The month a dated plan starting with it starts in, or {@code null} when any is. */
	public @Nullable YearMonth startMonth() {
		return (this.nextStart != null) ? YearMonth.from(this.nextStart) : null;
	}

}
