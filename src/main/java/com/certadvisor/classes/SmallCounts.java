package com.certadvisor.classes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * Hides counts small enough to point at a student: every count below {@link #THRESHOLD}
 * shows as "fewer than 5". Counts that add up to a shown total are one group; when a
 * group would hide exactly one count, the total would give it away, so the next smallest
 * count is hidden with it. A group whose total is itself small hides everything.
 */
public final class SmallCounts {

	/** The smallest count that is shown. */
	public static final int THRESHOLD = 5;

	private SmallCounts() {
	}

	/**
	 * The counts of one group as they may be shown, in the same order.
	 * @param counts how many results fall in each part of the group; they add up to its
	 * total
	 */
	public static List<ShownCount> group(List<Integer> counts) {
		int total = counts.stream().mapToInt(Integer::intValue).sum();
		if (counts.stream().anyMatch((count) -> count < 0)) {
			throw new IllegalArgumentException("counts cannot be negative: " + counts);
		}
		boolean[] hidden = new boolean[counts.size()];
		int hiddenCount = 0;
		for (int i = 0; i < counts.size(); i++) {
			hidden[i] = total < THRESHOLD || counts.get(i) < THRESHOLD;
			hiddenCount += hidden[i] ? 1 : 0;
		}
		int hiddenSum = 0;
		for (int i = 0; i < counts.size(); i++) {
			hiddenSum += hidden[i] ? counts.get(i) : 0;
		}
		// One hidden count, or hidden counts adding up to 1-4, could be worked out from
		// the
		// total: hide the next smallest shown count too until neither is the case.
		while ((hiddenCount == 1 || (hiddenSum > 0 && hiddenSum < THRESHOLD)) && hiddenCount < counts.size()) {
			int next = IntStream.range(0, counts.size())
				.filter((i) -> !hidden[i])
				.boxed()
				.min(Comparator.comparing(counts::get))
				.orElseThrow();
			hidden[next] = true;
			hiddenCount++;
			hiddenSum += counts.get(next);
		}
		List<ShownCount> shown = new ArrayList<>();
		for (int i = 0; i < counts.size(); i++) {
			shown.add(hidden[i] ? ShownCount.HIDDEN : ShownCount.of(counts.get(i)));
		}
		return List.copyOf(shown);
	}

	/** A total on its own: shown from {@link #THRESHOLD} on. */
	public static ShownCount total(int count) {
		return (count < THRESHOLD) ? ShownCount.HIDDEN : ShownCount.of(count);
	}

	/**
	 * A count as a page, a CSV file or the API may show it.
	 *
	 * @param value the count, or {@code null} when it is hidden as "fewer than 5"
	 */
	public record ShownCount(@Nullable Integer value) {

		static final ShownCount HIDDEN = new ShownCount(null);

		public ShownCount {
			if (value != null && value < THRESHOLD) {
				throw new IllegalArgumentException("a count below " + THRESHOLD + " is never shown");
			}
		}

		static ShownCount of(int value) {
			return new ShownCount(value);
		}

		public boolean hidden() {
			return this.value == null;
		}

		/**
		 * This count as a whole per cent of {@code total}, for the length of its bar;
		 * null when either is hidden, so a chart shows no more than the numbers do.
		 */
		public @Nullable Integer shareOf(ShownCount total) {
			if (this.value == null || total.value == null) {
				return null;
			}
			return (int) Math.round(this.value * 100.0 / total.value);
		}

	}

}
