package com.certadvisor.questionnaire;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for {@link Answers}.
 */
class AnswersTests {

	@Nested
	class Construction {

		@Test
		void rejectsNullValues() {
			assertThatIllegalArgumentException().isThrownBy(() -> new Answers(null));
		}

		@Test
		void rejectsBlankQuestionId() {
			assertThatIllegalArgumentException().isThrownBy(() -> new Answers(Map.of(" ", "inpatient")));
			assertThatIllegalArgumentException().isThrownBy(() -> new Answers(Map.of("", "inpatient")));
		}

		@Test
		void rejectsBlankValue() {
			assertThatIllegalArgumentException().isThrownBy(() -> new Answers(Map.of("setting", "")));
			assertThatIllegalArgumentException().isThrownBy(() -> new Answers(Map.of("setting", " \t")));
		}

		@Test
		void rejectsNullIdOrValue() {
			Map<String, String> nullValue = new HashMap<>();
			nullValue.put("setting", null);
			assertThatIllegalArgumentException().isThrownBy(() -> new Answers(nullValue));
			Map<String, String> nullId = new HashMap<>();
			nullId.put(null, "inpatient");
			assertThatIllegalArgumentException().isThrownBy(() -> new Answers(nullId));
		}

		@Test
		void copiesTheGivenMapAndCannotBeChangedAfterwards() {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("setting", "inpatient");
			Answers answers = new Answers(values);
			values.put("role", "unsure");
			assertThat(answers.values()).containsExactly(entry("setting", "inpatient"));
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> answers.values().put("role", "unsure"));
		}

		@Test
		void noneIsEmpty() {
			assertThat(Answers.none().isEmpty()).isTrue();
			assertThat(Answers.none().values()).isEmpty();
			assertThat(answers("setting", "inpatient").isEmpty()).isFalse();
		}

		@Test
		void getReturnsTheAnswerOrEmpty() {
			Answers answers = answers("setting", "inpatient");
			assertThat(answers.get("setting")).contains("inpatient");
			assertThat(answers.get("role")).isEmpty();
		}

	}

	@Nested
	class Query {

		@Test
		void joinsAnswersInTheirOrder() {
			assertThat(answers("setting", "inpatient", "role", "unsure").toQuery())
				.isEqualTo("setting=inpatient&role=unsure");
			assertThat(answers("role", "unsure", "setting", "inpatient").toQuery())
				.isEqualTo("role=unsure&setting=inpatient");
		}

		@Test
		void isEmptyWithoutAnswers() {
			assertThat(Answers.none().toQuery()).isEmpty();
		}

		@Test
		void encodesNamesAndValuesForAUrl() {
			assertThat(answers("a b", "x&y=z", "note", "café/?#").toQuery())
				.isEqualTo("a+b=x%26y%3Dz&note=caf%C3%A9%2F%3F%23");
		}

		@Test
		void linkAppendsTheQueryToThePath() {
			assertThat(answers("setting", "inpatient", "experience", "none").link("/check"))
				.isEqualTo("/check?setting=inpatient&experience=none");
		}

		@Test
		void linkWithoutAnswersIsJustThePath() {
			assertThat(Answers.none().link("/check")).isEqualTo("/check");
		}

		@Test
		void linkEncodesValuesThatCouldBreakOutOfTheQuery() {
			assertThat(answers("setting", "\"><script>").link("/check")).isEqualTo("/check?setting=%22%3E%3Cscript%3E");
		}

	}

	@Nested
	class Changes {

		@Test
		void withAddsANewAnswerAtTheEnd() {
			Answers answers = answers("setting", "inpatient").with("role", "unsure");
			assertThat(answers.values()).containsExactly(entry("setting", "inpatient"), entry("role", "unsure"));
		}

		@Test
		void withChangesAnExistingAnswerInPlace() {
			Answers answers = answers("setting", "inpatient", "role", "unsure").with("setting", "outpatient");
			assertThat(answers.values()).containsExactly(entry("setting", "outpatient"), entry("role", "unsure"));
		}

		@Test
		void withLeavesTheOriginalUnchanged() {
			Answers original = answers("setting", "inpatient");
			original.with("setting", "outpatient");
			original.with("role", "unsure");
			assertThat(original.values()).containsExactly(entry("setting", "inpatient"));
		}

		@Test
		void withRejectsABlankValue() {
			assertThatIllegalArgumentException().isThrownBy(() -> Answers.none().with("setting", " "));
		}

		@Test
		void changedAnswersCannotBeChangedAfterwardsEither() {
			Answers answers = answers("setting", "inpatient").with("role", "unsure").without("setting");
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> answers.values().put("goal", "unsure"));
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> answers.values().entrySet().clear());
		}

		@Test
		void changedAnswersEqualTheSameAnswersBuiltDirectly() {
			Answers changed = answers("setting", "inpatient").with("role", "unsure");
			Answers direct = answers("setting", "inpatient", "role", "unsure");
			assertThat(changed).isEqualTo(direct).hasSameHashCodeAs(direct);
			assertThat(changed.values()).isEqualTo(Map.of("setting", "inpatient", "role", "unsure"));
		}

		@Test
		void withoutRemovesTheAnswerAndKeepsTheRest() {
			Answers answers = answers("setting", "inpatient", "role", "unsure", "goal", "unsure").without("role");
			assertThat(answers.values()).containsExactly(entry("setting", "inpatient"), entry("goal", "unsure"));
		}

		@Test
		void withoutAnUnansweredQuestionChangesNothing() {
			Answers answers = answers("setting", "inpatient");
			assertThat(answers.without("role")).isEqualTo(answers);
			assertThat(Answers.none().without("role").isEmpty()).isTrue();
		}

		@Test
		void withoutLeavesTheOriginalUnchanged() {
			Answers original = answers("setting", "inpatient");
			original.without("setting");
			assertThat(original.get("setting")).contains("inpatient");
		}

	}

}
