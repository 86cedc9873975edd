package com.certadvisor.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plan's dated milestones on a time axis drawn to scale, in SVG user units: where each
 * falls, numbered as in the plan's list, with the years marked. Milestones too close to
 * tell apart stack above the axis.
 *
 * @param points the dated milestones, in date order
 * @param spans the periods, such as studying, as bars along the axis
 * @param years the first day of each year the plan reaches, and the start's year
 * @param axis the axis's height in the picture
 * @param height the picture's height
 */
public record TimelinePicture(List<Point> points, List<Span> spans, List<Year> years, int axis, int height) {

	/** The picture's width. */
	public static final int WIDTH = 320;

	private static final int LEFT = 14;

	private static final int RIGHT = WIDTH - 14;

	private static final int LANE = 19;

	public TimelinePicture {
		points = List.copyOf(points);
		spans = List.copyOf(spans);
		years = List.copyOf(years);
	}

	static TimelinePicture of(Schedule schedule) {
		List<DatedMilestone> dated = schedule.dated();
		LocalDate start = schedule.start();
		LocalDate end = dated.stream().map(DatedMilestone::date).max(LocalDate::compareTo).orElse(start);
		long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
		List<Integer> lanes = new ArrayList<>();
		List<Integer> ends = new ArrayList<>();
		for (DatedMilestone milestone : dated) {
			lanes.add(lane(ends, x(start, days, dateOf(milestone))));
		}
		int axis = 12 + LANE * lanes.stream().max(Integer::compare).orElse(0);
		List<Point> points = new ArrayList<>();
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < dated.size(); i++) {
			DatedMilestone milestone = dated.get(i);
			points.add(new Point(schedule.milestones().indexOf(milestone) + 1, x(start, days, dateOf(milestone)),
					axis - LANE * lanes.get(i)));
			if (milestone.from() != null) {
				spans.add(new Span(x(start, days, milestone.from()), x(start, days, dateOf(milestone))));
			}
		}
		List<Year> years = new ArrayList<>();
		years.add(new Year(LEFT, start.getYear()));
		for (int year = start.getYear() + 1; year <= end.getYear(); year++) {
			int x = x(start, days, LocalDate.of(year, 1, 1));
			if (x - years.get(years.size() - 1).x() < 36) {
				years.remove(years.size() - 1);
			}
			years.add(new Year(x, year));
		}
		return new TimelinePicture(points, spans, years, axis, axis + 32);
	}

	/** The lowest lane whose last point is far enough to the left, and it is taken. */
	private static int lane(List<Integer> ends, int x) {
		for (int lane = 0; lane < ends.size(); lane++) {
			if (x - ends.get(lane) >= LANE) {
				ends.set(lane, x);
				return lane;
			}
		}
		ends.add(x);
		return ends.size() - 1;
	}

	/** {@link Schedule#dated()} holds dated milestones only. */
	private static LocalDate dateOf(DatedMilestone milestone) {
		return Objects.requireNonNull(milestone.date());
	}

	private static int x(LocalDate start, long days, LocalDate date) {
		return LEFT + (int) Math.round((RIGHT - LEFT) * (double) ChronoUnit.DAYS.between(start, date) / days);
	}

	/**
	 * A dated milestone on the axis.
	 *
	 * @param number its number in the plan's list
	 * @param x where it falls
	 * @param y its height: on the axis, or stacked above it
	 */
	public record Point(int number, int x, int y) {

	}

	/**
	 * A period along the axis.
	 *
	 * @param from where it starts
	 * @param to where it ends
	 */
	public record Span(int from, int to) {

	}

	/**
	 * A year marked on the axis.
	 *
	 * @param x where it starts, or the start of the axis for the start's year
	 * @param year the year
	 */
	public record Year(int x, int year) {

		/** Where its label is centred: on its mark, kept inside the picture. */
		public int labelX() {
			return Math.min(Math.max(this.x, 20), WIDTH - 20);
		}

	}

}
