package com.certadvisor.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.certadvisor.plan.TimelinePicture.Point;
import com.certadvisor.plan.TimelinePicture.Year;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.CATALOGS;
import static com.certadvisor.Fixtures.FRESHNESS;
import static com.certadvisor.Fixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimelinePictureTests {

	private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);

	private final ScheduleService service = new ScheduleService(CATALOGS, FRESHNESS);

	private Schedule schedule(String certification, String... answers) {
		return this.service.schedule(certification, answers(answers), DECEMBER);
	}

	@Nested
	class Scale {

		@Test
		void placesEachDatedMilestoneInProportionToItsTimeFromTheStartBetweenTheEnds() {
			Schedule cpc = schedule("CPC", "timeline", "asap", "experience", "none", "education", "none");
			List<DatedMilestone> dated = cpc.dated();
			LocalDate last = dated.get(dated.size() - 1).date();
			double days = ChronoUnit.DAYS.between(DECEMBER, last);
			TimelinePicture picture = cpc.picture();
			assertThat(picture.points()).hasSameSizeAs(dated);
			for (int i = 0; i < dated.size(); i++) {
				double share = ChronoUnit.DAYS.between(DECEMBER, dated.get(i).date()) / days;
				assertThat(picture.points().get(i).x()).as(dated.get(i).id())
					.isCloseTo((int) (14 + 292 * share), within(1));
			}
			assertThat(picture.points().get(dated.size() - 1).x()).isEqualTo(TimelinePicture.WIDTH - 14);
		}

		@Test
		void drawsTheStudyPeriodAsASpanFromTheStart() {
			TimelinePicture picture = schedule("CPC", "timeline", "asap").picture();
			assertThat(picture.spans()).singleElement()
				.satisfies((span) -> assertThat(span.from()).isEqualTo(14))
				.satisfies((span) -> assertThat(span.to()).isEqualTo(picture.points().get(0).x()));
		}

		@Test
		void marksEveryNewYearTheyReachAndKeepsTheLabelsInside() {
			TimelinePicture picture = schedule("CPC", "timeline", "asap").picture();
			assertThat(picture.years()).extracting(Year::year).containsExactly(2027, 2028, 2029);
			assertThat(picture.years()).allSatisfy((year) -> assertThat(year.labelX()).isBetween(20, 300));
		}

	}

	@Nested
	class Numbers {

		@Test
		void numberEachPointAsThePlansListDoesSkippingWhatHasNoDate() {
			Schedule cpc = schedule("CPC", "timeline", "asap", "experience", "none", "education", "none");
			assertThat(cpc.milestones()).extracting((m) -> m.milestone().id())
				.containsExactly("study", "exam", "retake", "unrestricted", "ceus");
			assertThat(cpc.picture().points()).extracting(Point::number).containsExactly(1, 2, 4, 5);
		}

		@Test
		void stackPointsTooCloseToTellApartAboveTheAxisAndGrowThePictureForThem() {
			TimelinePicture picture = schedule("CCS", "timeline", "no-rush", "years", "over-2").picture();
			List<Point> points = picture.points();
			assertThat(points.get(0).x()).as("studying ends when the application goes in").isEqualTo(points.get(1).x());
			assertThat(points.get(0).y()).isEqualTo(picture.axis());
			assertThat(points.get(1).y()).isLessThan(picture.axis());
			for (int i = 0; i < points.size(); i++) {
				for (int j = i + 1; j < points.size(); j++) {
					Point a = points.get(i);
					Point b = points.get(j);
					assertThat(Math.abs(a.x() - b.x()) >= 18 || Math.abs(a.y() - b.y()) >= 18)
						.as("points %d and %d do not overlap", a.number(), b.number())
						.isTrue();
				}
			}
			assertThat(picture.height()).isGreaterThan(schedule("CPC", "timeline", "asap").picture().height());
			assertThat(points).allSatisfy((point) -> assertThat(point.y()).isGreaterThanOrEqualTo(9));
		}

	}

}
