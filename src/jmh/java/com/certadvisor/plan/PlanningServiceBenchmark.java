package com.certadvisor.plan;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.certadvisor.catalog.CatalogLoader;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.CostService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.core.io.ClassPathResource;

/**
 * Both credentials' plans (next steps, dated milestones, costs) for one set of answers,
 * with and without a two-credential path. Run with {@code ./mvnw -Pbenchmarks verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanningServiceBenchmark {

	private final PlanningService plans;

	private final YearMonth start = YearMonth.of(2027, 1);

	/** A beginner who wants physician-office work soon. */
	private final Answers typical = new Answers(
			Map.of("setting", "outpatient", "experience", "none", "education", "none", "timeline", "asap"));

	/** Hospital work with no experience: both plans and the two-credential path. */
	private final Answers withPathway = new Answers(Map.of("setting", "inpatient", "role", "inpatient-coder",
			"experience", "none", "education", "coding-course", "depth", "eager", "timeline", "within-year", "goal",
			"specialize-inpatient", "membership", "ahima"));

	public PlanningServiceBenchmark() {
		CatalogSource catalogs = CatalogSource
			.of(new CatalogLoader().load(new ClassPathResource("catalog/cert-advisor-catalog.json")));
		Freshness freshness = new Freshness(Clock.systemUTC());
		this.plans = new PlanningService(catalogs, freshness, new ScheduleService(catalogs, freshness),
				new CostService(catalogs, freshness, Clock.systemUTC()), new SchoolOffers(Clock.systemUTC()),
				Clock.systemUTC());
	}

	@Benchmark
	public Plans typical() {
		return this.plans.plans(this.typical, this.start);
	}

	@Benchmark
	public Plans withPathway() {
		return this.plans.plans(this.withPathway, this.start);
	}

}
