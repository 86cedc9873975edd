package com.certadvisor.recommendation;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.certadvisor.catalog.CatalogLoader;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.questionnaire.Answers;
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
 * One recommendation, deciding answers and every what-if (flips included), for a typical
 * and a worst-case set of answers. Run with {@code ./mvnw -Pbenchmarks verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleServiceBenchmark {

	private final RuleService rules = new RuleService(
			CatalogSource.of(new CatalogLoader().load(new ClassPathResource("catalog/cert-advisor-catalog.json"))));

	/** A beginner who answered half the questions. */
	private final Answers typical = new Answers(
			Map.of("setting", "outpatient", "experience", "none", "education", "none", "timeline", "asap"));

	/** Every question answered: the most contributions and the most what-ifs to score. */
	private final Answers worstCase = new Answers(Map.of("setting", "unsure", "role", "coding-auditor", "experience",
			"both", "education", "credential", "depth", "open", "timeline", "within-year", "goal", "audit-compliance",
			"membership", "none"));

	@Benchmark
	public Recommendation typical() {
		return this.rules.recommend(this.typical);
	}

	@Benchmark
	public Recommendation worstCase() {
		return this.rules.recommend(this.worstCase);
	}

}
