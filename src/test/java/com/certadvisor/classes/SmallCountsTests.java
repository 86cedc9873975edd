package com.certadvisor.classes;

import java.util.List;

import com.certadvisor.classes.SmallCounts.ShownCount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SmallCountsTests {

	@Property(tries = 3000)
	void noCountBelowFiveIsEverShownAndShownCountsAreTrue(
			@ForAll @Size(min = 1, max = 8) List<@IntRange(max = 40) Integer> counts) {
		List<ShownCount> shown = SmallCounts.group(counts);
		assertThat(shown).hasSameSizeAs(counts);
		for (int i = 0; i < counts.size(); i++) {
			if (counts.get(i) < 5) {
				assertThat(shown.get(i).hidden()).as("%s in %s", counts.get(i), counts).isTrue();
			}
			else if (!shown.get(i).hidden()) {
				assertThat(shown.get(i).value()).isEqualTo(counts.get(i));
			}
		}
	}

	@Property(tries = 3000)
	void noHiddenCountCanBeWorkedOutFromTheTotalAndTheOthers(
			@ForAll @Size(min = 2, max = 8) List<@IntRange(max = 40) Integer> counts) {
		List<ShownCount> shown = SmallCounts.group(counts);
		long hidden = shown.stream().filter(ShownCount::hidden).count();
		int hiddenSum = 0;
		for (int i = 0; i < counts.size(); i++) {
			hiddenSum += shown.get(i).hidden() ? counts.get(i) : 0;
		}
		assertThat(hidden).as("hidden in %s", counts).isNotEqualTo(1);
		if (hidden < counts.size()) {
			assertThat(hiddenSum).as("what the hidden counts of %s add up to", counts)
				.matches((sum) -> sum == 0 || sum >= 5);
		}
	}

	@Property(tries = 1000)
	void everyCountAtOrAboveFiveIsShownWhenNoneIsSmall(
			@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 5, max = 40) Integer> counts) {
		assertThat(SmallCounts.group(counts)).extracting(ShownCount::value).containsExactlyElementsOf(counts);
	}

	@Test
	void aSingleSmallCountTakesTheNextSmallestWithIt() {
		assertThat(SmallCounts.group(List.of(12, 3, 7, 9))).extracting(ShownCount::value)
			.containsExactly(12, null, null, 9);
	}

	@Test
	void hiddenCountsThatAddUpToFewerThanFiveTakeAnotherWithThem() {
		assertThat(SmallCounts.group(List.of(24, 1, 0, 9))).extracting(ShownCount::value)
			.containsExactly(24, null, null, null);
	}

	@Test
	void aSmallGroupHidesEverything() {
		assertThat(SmallCounts.group(List.of(4))).extracting(ShownCount::hidden).containsExactly(true);
		assertThat(SmallCounts.total(4).hidden()).isTrue();
		assertThat(SmallCounts.total(5).value()).isEqualTo(5);
	}

	@Test
	void refusesNegativeCountsAndNeverHoldsASmallOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> SmallCounts.group(List.of(5, -1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new ShownCount(4));
	}

	@Property(tries = 2000)
	void aBarShowsNoMoreThanTheNumbers(@ForAll @Size(min = 1, max = 8) List<@IntRange(max = 40) Integer> counts) {
		List<ShownCount> shown = SmallCounts.group(counts);
		ShownCount total = SmallCounts.total(counts.stream().mapToInt(Integer::intValue).sum());
		for (ShownCount count : shown) {
			Integer share = count.shareOf(total);
			if (count.hidden() || total.hidden()) {
				assertThat(share).as("the bar of a hidden count in %s", counts).isNull();
			}
			else {
				assertThat(share).as("the bar of %s in %s", count.value(), counts)
					.isEqualTo(Math.round(count.value() * 100f / total.value()));
			}
		}
	}

	@Test
	void aShareIsAWholePerCentOfTheTotal() {
		assertThat(ShownCount.of(7).shareOf(ShownCount.of(30))).isEqualTo(23);
		assertThat(ShownCount.of(30).shareOf(ShownCount.of(30))).isEqualTo(100);
		assertThat(ShownCount.HIDDEN.shareOf(ShownCount.of(30))).isNull();
		assertThat(ShownCount.of(7).shareOf(ShownCount.HIDDEN)).isNull();
	}

}
