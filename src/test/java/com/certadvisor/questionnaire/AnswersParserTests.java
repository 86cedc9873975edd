package com.certadvisor.questionnaire;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.certadvisor.catalog.TypedText;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.CATALOG;
import static com.certadvisor.Fixtures.CATALOGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link AnswersParser}, run against the real catalog.
 */
class AnswersParserTests {

	private final AnswersParser parser = new AnswersParser(CATALOGS);

	/** Parameters in the order given, each with one value. */
	private static Map<String, List<String>> parameters(String... namesAndValues) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			parameters.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
		}
		return parameters;
	}

	private InvalidAnswersException failure(Map<String, List<String>> parameters) {
		return assertThatExceptionOfType(InvalidAnswersException.class).isThrownBy(() -> this.parser.parse(parameters))
			.actual();
	}

	@Property
	void readsAValueInAnyCaseWithSpacesAroundItAsTheCatalogWritesIt(@ForAll("options") String[] option,
			@ForAll("spaces") String before, @ForAll("spaces") String after, @ForAll long caseSeed) {
		String typed = before + mixedCase(option[1], caseSeed) + after;
		Answers answers = this.parser.parse(parameters(option[0], typed));
		assertThat(answers.values()).containsExactly(entry(option[0], option[1]));
		assertThat(answers.link("/recommendation")).isEqualTo("/recommendation?" + option[0] + "=" + option[1]);
	}

	@Property
	void readsACounselorsSuggestionsInAnyCaseToo(@ForAll("options") String[] option, @ForAll long caseSeed) {
		Answers answers = this.parser
			.parse(parameters("counselor", " " + option[0] + ":" + mixedCase(option[1], caseSeed) + " "));
		assertThat(answers.suggested()).containsExactly(entry(option[0], option[1]));
	}

	@Provide
	Arbitrary<String[]> options() {
		return Arbitraries.of(CATALOG.questions()
			.stream()
			.flatMap((question) -> question.options()
				.stream()
				.map((option) -> new String[] { question.id(), option.value() }))
			.toList());
	}

	@Provide
	Arbitrary<String> spaces() {
		return Arbitraries.strings().withChars(' ', '\t', '\u00a0', '\n').ofMaxLength(3);
	}

	private static String mixedCase(String value, long seed) {
		StringBuilder mixed = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			mixed.append(((seed >> (i % 64)) & 1) == 1 ? Character.toUpperCase(c) : c);
		}
		return mixed.toString();
	}

	@Nested
	class ValidAnswers {

		@Test
		void areParsedInQuestionnaireOrderWhateverTheParameterOrder() {
			Answers answers = AnswersParserTests.this.parser.parse(parameters("membership", "ahima", "goal",
					"lead-manage", "education", "him-degree", "setting", "inpatient", "role", "him-manager"));
			assertThat(answers.values()).containsExactly(entry("setting", "inpatient"), entry("role", "him-manager"),
					entry("education", "him-degree"), entry("goal", "lead-manage"), entry("membership", "ahima"));
		}

		@Test
		void everyOptionOfEveryQuestionIsAccepted() {
			CATALOG.questions()
				.forEach((question) -> question.options()
					.forEach((option) -> assertThat(
							AnswersParserTests.this.parser.parse(parameters(question.id(), option.value())).values())
						.containsExactly(entry(question.id(), option.value()))));
		}

		@Test
		void aBlankValueLeavesTheQuestionUnanswered() {
			assertThat(AnswersParserTests.this.parser.parse(parameters("setting", "  ", "role", "unsure")).values())
				.containsExactly(entry("role", "unsure"));
		}

		@Test
		void noParametersGiveNoAnswers() {
			assertThat(AnswersParserTests.this.parser.parse(Map.of()).isEmpty()).isTrue();
		}

		@Test
		void emptyValueLeavesTheQuestionUnanswered() {
			Answers answers = AnswersParserTests.this.parser.parse(parameters("setting", "", "role", "unsure"));
			assertThat(answers.values()).containsExactly(entry("role", "unsure"));
			assertThat(answers.get("setting")).isEmpty();
		}

		@Test
		void emptyValuesBesideOneRealValueAreNotARepeat() {
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			parameters.put("setting", Arrays.asList("", "inpatient", ""));
			assertThat(AnswersParserTests.this.parser.parse(parameters).values())
				.containsExactly(entry("setting", "inpatient"));
		}

		@Test
		void valueOfExactlyTheMaximumLengthIsLookedUpRatherThanRejectedAsTooLong() {
			String value = "x".repeat(AnswersParser.MAX_VALUE_LENGTH);
			InvalidAnswersException ex = failure(parameters("setting", value));
			assertThat(ex.getProblems()).singleElement()
				.satisfies((problem) -> assertThat(problem.kind()).isEqualTo(AnswerProblem.Kind.UNKNOWN_VALUE));
		}

	}

	@Nested
	class BadAnswers {

		@Test
		void unknownQuestionIdIsReportedAndValidAnswersKept() {
			InvalidAnswersException ex = failure(parameters("setting", "inpatient", "colour", "blue"));
			assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.kind()).isEqualTo(AnswerProblem.Kind.UNKNOWN_QUESTION);
				assertThat(problem.parameter()).isEqualTo("colour");
				assertThat(problem.question()).isNull();
			});
			assertThat(ex.getValidAnswers().values()).containsExactly(entry("setting", "inpatient"));
		}

		@Test
		void unknownValueIsReportedWithItsQuestionAndValidAnswersKept() {
			InvalidAnswersException ex = failure(parameters("role", "unsure", "setting", "hospital"));
			assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.kind()).isEqualTo(AnswerProblem.Kind.UNKNOWN_VALUE);
				assertThat(problem.parameter()).isEqualTo("setting");
				assertThat(problem.value()).isEqualTo("hospital");
				assertThat(problem.question()).isEqualTo(CATALOG.question("setting").orElseThrow());
			});
			assertThat(ex.getValidAnswers().values()).containsExactly(entry("role", "unsure"));
		}

		@Test
		void aValueWithAnotherSpellingIsStillUnknownAndReportedAsGiven() {
			InvalidAnswersException ex = failure(parameters("setting", " In patient "));
			assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.kind()).isEqualTo(AnswerProblem.Kind.UNKNOWN_VALUE);
				assertThat(problem.value()).isEqualTo(" In patient ");
			});
		}

		@Test
		void questionNamesKeepTheirCase() {
			assertThat(failure(parameters("Setting", "inpatient")).getProblems()).extracting(AnswerProblem::kind)
				.containsExactly(AnswerProblem.Kind.UNKNOWN_QUESTION);
		}

		@Test
		void repeatedParameterIsReportedAndNeitherValueKept() {
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			parameters.put("setting", List.of("outpatient", "inpatient"));
			parameters.put("role", List.of("coding-auditor"));
			InvalidAnswersException ex = failure(parameters);
			assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.kind()).isEqualTo(AnswerProblem.Kind.REPEATED);
				assertThat(problem.parameter()).isEqualTo("setting");
				assertThat(problem.value()).contains("outpatient").contains("inpatient");
				assertThat(problem.question()).isEqualTo(CATALOG.question("setting").orElseThrow());
			});
			assertThat(ex.getValidAnswers().values()).containsExactly(entry("role", "coding-auditor"));
		}

		@Test
		void sameValueRepeatedIsStillARepeat() {
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			parameters.put("setting", List.of("inpatient", "inpatient"));
			InvalidAnswersException ex = failure(parameters);
			assertThat(ex.getProblems()).extracting(AnswerProblem::kind).containsExactly(AnswerProblem.Kind.REPEATED);
			assertThat(ex.getValidAnswers().isEmpty()).isTrue();
		}

		@Test
		void overLongValueIsReportedAsTooLongAndValidAnswersKept() {
			String value = "outpatient".repeat(7);
			assertThat(value).hasSizeGreaterThan(AnswersParser.MAX_VALUE_LENGTH);
			InvalidAnswersException ex = failure(parameters("goal", "unsure", "setting", value));
			assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.kind()).isEqualTo(AnswerProblem.Kind.TOO_LONG);
				assertThat(problem.parameter()).isEqualTo("setting");
				assertThat(problem.question()).isEqualTo(CATALOG.question("setting").orElseThrow());
			});
			assertThat(ex.getValidAnswers().values()).containsExactly(entry("goal", "unsure"));
		}

		@Test
		void valueOneOverTheMaximumLengthIsTooLong() {
			InvalidAnswersException ex = failure(parameters("setting", "x".repeat(AnswersParser.MAX_VALUE_LENGTH + 1)));
			assertThat(ex.getProblems()).extracting(AnswerProblem::kind).containsExactly(AnswerProblem.Kind.TOO_LONG);
		}

		@Test
		void severalProblemsAreReportedTogetherWithTheValidAnswersInQuestionnaireOrder() {
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			parameters.put("membership", List.of("aapc"));
			parameters.put("colour", List.of("blue"));
			parameters.put("setting", List.of("hospital"));
			parameters.put("role", List.of("inpatient-coder", "him-manager"));
			parameters.put("goal", List.of("g".repeat(AnswersParser.MAX_VALUE_LENGTH + 1)));
			parameters.put("experience", List.of("both"));
			InvalidAnswersException ex = failure(parameters);
			assertThat(ex.getProblems()).extracting(AnswerProblem::parameter, AnswerProblem::kind)
				.containsExactlyInAnyOrder(tuple("colour", AnswerProblem.Kind.UNKNOWN_QUESTION),
						tuple("setting", AnswerProblem.Kind.UNKNOWN_VALUE), tuple("role", AnswerProblem.Kind.REPEATED),
						tuple("goal", AnswerProblem.Kind.TOO_LONG));
			assertThat(ex.getMessage()).startsWith("4 ");
			assertThat(ex.getValidAnswers().values()).containsExactly(entry("experience", "both"),
					entry("membership", "aapc"));
		}

	}

	@Nested
	class Display {

		@Test
		void longParameterNameIsShortenedToTheDisplayLimitAndAnEllipsis() {
			String name = "a".repeat(30) + "b".repeat(30);
			InvalidAnswersException ex = failure(parameters(name, "x"));
			assertThat(ex.getProblems()).singleElement()
				.satisfies((problem) -> assertThat(problem.parameter())
					.isEqualTo(name.substring(0, AnswerProblem.DISPLAY_LIMIT) + "…")
					.hasSize(AnswerProblem.DISPLAY_LIMIT + 1));
		}

		@Test
		void longValueIsShortenedToTheDisplayLimitAndAnEllipsis() {
			String value = "0123456789".repeat(5);
			InvalidAnswersException ex = failure(parameters("setting", value));
			assertThat(ex.getProblems()).singleElement()
				.satisfies((problem) -> assertThat(problem.value()).isEqualTo(value.substring(0, 40) + "…"));
		}

		@Test
		void tooLongValueIsShortenedForDisplayToo() {
			String value = "z".repeat(AnswersParser.MAX_VALUE_LENGTH * 100);
			InvalidAnswersException ex = failure(parameters("setting", value));
			assertThat(ex.getProblems()).singleElement()
				.satisfies((problem) -> assertThat(problem.value()).isEqualTo("z".repeat(40) + "…"));
		}

		@Test
		void nameOrValueOfExactlyTheDisplayLimitIsKeptWhole() {
			String name = "n".repeat(AnswerProblem.DISPLAY_LIMIT);
			String value = "v".repeat(AnswerProblem.DISPLAY_LIMIT);
			AnswerProblem problem = new AnswerProblem(AnswerProblem.Kind.UNKNOWN_QUESTION, name, value, null,
					List.of());
			assertThat(problem.parameter()).isEqualTo(name);
			assertThat(problem.value()).isEqualTo(value);
		}

	}

	@Nested
	class CounselorSuggestions {

		@Test
		void areReadInQuestionnaireOrderBesideTheAnswers() {
			Answers answers = AnswersParserTests.this.parser
				.parse(parameters("setting", "inpatient", "counselor", "role:him-manager,setting:inpatient"));
			assertThat(answers.suggested()).containsExactly(entry("setting", "inpatient"),
					entry("role", "him-manager"));
			assertThat(answers.values()).containsExactly(entry("setting", "inpatient"));
			assertThat(answers.setByCounselor("setting")).isTrue();
			assertThat(answers.setByCounselor("role")).isFalse();
		}

		@Test
		void travelInEveryLinkSoTheMarkSurvivesTheQuestionnaire() {
			Answers answers = AnswersParserTests.this.parser
				.parse(parameters("setting", "inpatient", "counselor", "setting:inpatient"));
			assertThat(answers.link("/check")).isEqualTo("/check?setting=inpatient&counselor=setting%3Ainpatient");
			assertThat(AnswersParserTests.this.parser
				.parse(parameters("setting", "inpatient", "counselor", "setting:inpatient"))).isEqualTo(answers);
		}

		@Test
		void stopCountingAsSetByTheCounselorOnceChanged() {
			Answers answers = AnswersParserTests.this.parser
				.parse(parameters("setting", "outpatient", "counselor", "setting:inpatient"));
			assertThat(answers.setByCounselor("setting")).isFalse();
			assertThat(answers.with("setting", "inpatient").setByCounselor("setting")).isTrue();
		}

		@Test
		void thatCannotAllBeReadAreRejectedWholeWithTheAnswersKept() {
			for (String bad : List.of("setting", "setting:hospital", "salary:high",
					"setting:inpatient,setting:outpatient", "setting:inpatient,", "setting:inpatient:x")) {
				InvalidAnswersException failure = failure(parameters("role", "unsure", "counselor", bad));
				assertThat(failure.getProblems()).extracting(AnswerProblem::kind, AnswerProblem::parameter)
					.as(bad)
					.containsExactly(tuple(AnswerProblem.Kind.BAD_SUGGESTIONS, "counselor"));
				assertThat(failure.getValidAnswers().values()).containsExactly(entry("role", "unsure"));
				assertThat(failure.getValidAnswers().suggested()).isEmpty();
			}
		}

	}

	@Property
	void readsAClassIdAsStudentsCopyItAndWritesItAsIdsAreWritten(@ForAll("classIds") String id, @ForAll long caseSeed) {
		String typed = " " + mixedCase(id.substring(0, 5), caseSeed) + "-" + id.substring(5) + " ";
		Answers answers = this.parser.parse(parameters("setting", "inpatient", "class", typed));
		assertThat(answers.classId()).isEqualTo(id);
		assertThat(answers.link("/recommendation")).isEqualTo("/recommendation?setting=inpatient&class=" + id);
		assertThat(answers.with("role", "unsure").classId()).isEqualTo(id);
		assertThat(answers.only().inClass()).isFalse();
	}

	@Provide
	Arbitrary<String> classIds() {
		return Arbitraries.strings().withChars("0123456789abcdefghjkmnpqrstvwxyz").ofLength(10);
	}

	@Nested
	class ClassLinks {

		@Test
		void aBlankClassNamesNone() {
			assertThat(AnswersParserTests.this.parser.parse(parameters("class", " ")).inClass()).isFalse();
		}

		@Test
		void aClassThatIsNotAnIdIsReportedWithTheAnswersKept() {
			InvalidAnswersException ex = failure(parameters("setting", "inpatient", "class", "abc<d>"));
			assertThat(ex.getProblems()).extracting(AnswerProblem::kind, AnswerProblem::value)
				.containsExactly(tuple(AnswerProblem.Kind.BAD_CLASS, "abc<d>"));
			assertThat(ex.getValidAnswers().values()).containsExactly(entry("setting", "inpatient"));
			assertThat(ex.getValidAnswers().inClass()).isFalse();
		}

		@Test
		void twoClassesAreOneTooMany() {
			Map<String, List<String>> parameters = Map.of("class", List.of("0123456789", "abcdefghjk"));
			assertThat(failure(parameters).getProblems()).extracting(AnswerProblem::kind)
				.containsExactly(AnswerProblem.Kind.BAD_CLASS);
		}

	}

	/**
	 * Any text given as the state either reads as one of the catalog's codes, carried in
	 * every link and dropped from what a class keeps, or is a problem naming it with the
	 * answers kept: never an error of another kind.
	 */
	@Property(tries = 500)
	void aStateReadsAsACatalogCodeOrIsAProblemNamingIt(@ForAll("typedStates") String typed) {
		Map<String, List<String>> parameters = parameters("setting", "inpatient", "state", typed);
		Optional<String> known = CATALOG.local().state(typed);
		if (TypedText.trimmed(typed).isEmpty()) {
			assertThat(this.parser.parse(parameters).hasState()).isFalse();
		}
		else if (known.isPresent()) {
			Answers answers = this.parser.parse(parameters);
			assertThat(answers.state()).isEqualTo(known.get());
			assertThat(answers.link("/recommendation"))
				.isEqualTo("/recommendation?setting=inpatient&state=" + known.get());
			assertThat(answers.with("role", "unsure").state()).isEqualTo(known.get());
			assertThat(answers.only().hasState()).isFalse();
		}
		else {
			InvalidAnswersException ex = failure(parameters);
			assertThat(ex.getProblems()).extracting(AnswerProblem::kind).containsExactly(AnswerProblem.Kind.BAD_STATE);
			assertThat(ex.getValidAnswers().values()).containsExactly(entry("setting", "inpatient"));
		}
	}

	@Provide
	Arbitrary<String> typedStates() {
		Arbitrary<String> codes = Arbitraries.of(CATALOG.local().states())
			.flatMap((code) -> Arbitraries.of(code, code.toLowerCase(Locale.ROOT), " " + code + " "));
		return Arbitraries.oneOf(codes, Arbitraries.strings().ofMaxLength(4),
				Arbitraries.strings().alpha().ofLength(2));
	}

	@Nested
	class StateLinks {

		@Test
		void twoStatesAreOneTooMany() {
			Map<String, List<String>> parameters = Map.of("state", List.of("TX", "CA"));
			assertThat(failure(parameters).getProblems()).extracting(AnswerProblem::kind, AnswerProblem::value)
				.containsExactly(tuple(AnswerProblem.Kind.BAD_STATE, "TX, CA"));
		}

	}

	@Nested
	class DisplayParameters {

		@Test
		void areNotTakenForAnswers() {
			Answers answers = AnswersParserTests.this.parser.parse(parameters("view", "differences", "goal", "unsure"));
			assertThat(answers.values()).containsExactly(entry("goal", "unsure"));
		}

	}

}
