package com.certadvisor.links;

import java.util.List;
import java.util.Map;

import com.certadvisor.questionnaire.AnswerProblem;
import com.certadvisor.questionnaire.AnswersParser;
import com.certadvisor.questionnaire.InvalidAnswersException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.certadvisor.Fixtures.CATALOGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RefusedLinksTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final RefusedLinks links = new RefusedLinks(this.registry);

	private double refused(String problem) {
		return this.registry.get("cert.advisor.links.refused").tag("problem", problem).counter().count();
	}

	@Test
	void everyKindIsASeriesFromTheStartCountedFromZero() {
		assertThat(this.registry.find("cert.advisor.links.refused").counters())
			.hasSize(RefusedLinks.Problem.values().length)
			.extracting(Counter::count)
			.containsOnly(0.0);
		assertThat(this.registry.get("cert.advisor.links.tracking.dropped").counter().count()).isZero();
	}

	@ParameterizedTest
	@EnumSource(AnswerProblem.Kind.class)
	void everyKindOfAnswerProblemHasAProblemOfTheSameName(AnswerProblem.Kind kind) {
		assertThat(RefusedLinks.Problem.of(kind).name()).isEqualTo(kind.name());
	}

	@Test
	void aLinkWithSeveralProblemsCountsEachKindOnce() {
		InvalidAnswersException ex = catchThrowableOfType(InvalidAnswersException.class,
				() -> new AnswersParser(CATALOGS)
					.parse(Map.of("setting", List.of("hospital"), "role", List.of("nobody"), "made-up", List.of("x"))));
		this.links.refused(ex);
		assertThat(refused("unknown_value")).isOne();
		assertThat(refused("unknown_question")).isOne();
		assertThat(refused("bad_code")).isZero();
	}

	@Test
	void aProblemFoundOutsideTheAnswersIsCountedUnderItsOwnName() {
		this.links.refused(RefusedLinks.Problem.BAD_CODE);
		this.links.trackingDropped();
		assertThat(refused("bad_code")).isOne();
		assertThat(this.registry.get("cert.advisor.links.tracking.dropped").counter().count()).isOne();
	}

}
