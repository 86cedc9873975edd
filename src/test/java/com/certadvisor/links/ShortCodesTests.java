package com.certadvisor.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.certadvisor.codes.CrockfordBase32;
import com.certadvisor.Fixtures;
import com.certadvisor.catalog.QuestionnaireContract;
import com.certadvisor.links.MistypedCodeException.Mistake;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.i18n.Languages;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ShortCodesTests {

	private static final CodeFormat NEWEST = ShortCodes.FORMATS.get(ShortCodes.FORMATS.size() - 1);

	@Property(tries = 2000)
	void everyAnswerSetReadsBackAsItWasWritten(@ForAll("coded") CodedAnswers coded) {
		String code = ShortCodes.encode(coded.answers(), coded.language());

		CodedAnswers read = ShortCodes.decode(code);

		assertThat(read.answers().values()).containsExactlyEntriesOf(coded.answers().values());
		assertThat(read.answers().suggested()).containsExactlyEntriesOf(coded.answers().suggested());
		assertThat(read.answers().state()).isEqualTo(coded.answers().state());
		assertThat(read.language()).isEqualTo(coded.language());
		assertThat(code).hasSize(11);
		assertThat(ShortCodes.decode(ShortCodes.grouped(code).toLowerCase())).isEqualTo(read);
	}

	@Property(tries = 300)
	void everySingleWrongSymbolIsCaughtNeverReadAsOtherAnswers(@ForAll("coded") CodedAnswers coded) {
		String code = ShortCodes.encode(coded.answers(), coded.language());
		for (int position = 0; position < code.length(); position++) {
			for (char symbol : CrockfordBase32.ALPHABET.toCharArray()) {
				if (symbol != code.charAt(position)) {
					String typo = code.substring(0, position) + symbol + code.substring(position + 1);
					assertThatExceptionOfType(MistypedCodeException.class).as(typo)
						.isThrownBy(() -> ShortCodes.decode(typo));
				}
			}
		}
	}

	@Property(tries = 1000)
	void everySwapOfNeighboursIsCaught(@ForAll("coded") CodedAnswers coded) {
		String code = ShortCodes.encode(coded.answers(), coded.language());
		for (int position = 0; position + 1 < code.length(); position++) {
			char[] swapped = code.toCharArray();
			swapped[position] = code.charAt(position + 1);
			swapped[position + 1] = code.charAt(position);
			String typo = new String(swapped);
			if (!typo.equals(code)) {
				// a swap that moves the version symbol names a format of another length
				Mistake expected = (position == 0 && (swapped[0] == '1' || swapped[0] == '2')) ? Mistake.LENGTH
						: Mistake.CHECK;
				assertThatExceptionOfType(MistypedCodeException.class).as(typo)
					.isThrownBy(() -> ShortCodes.decode(typo))
					.satisfies((ex) -> assertThat(ex.getMistake()).isEqualTo(expected));
			}
		}
	}

	@Property(tries = 300)
	void everySwapOfTwoDifferentSymbolsAnywhereIsCaught(@ForAll("coded") CodedAnswers coded) {
		String code = ShortCodes.encode(coded.answers(), coded.language());
		for (int i = 0; i < code.length(); i++) {
			for (int j = i + 2; j < code.length(); j++) {
				char[] swapped = code.toCharArray();
				swapped[i] = code.charAt(j);
				swapped[j] = code.charAt(i);
				String typo = new String(swapped);
				if (!typo.equals(code)) {
					assertThatExceptionOfType(MistypedCodeException.class).as(typo)
						.isThrownBy(() -> ShortCodes.decode(typo));
				}
			}
		}
	}

	@ParameterizedTest
	@CsvSource({ "1ZZZZZZ", "2ZZZZZZZZ" })
	void aNumberBeyondTheFormatsRangeIsNoCodeEvenWithTheRightCheckSymbol(String body) {
		int[] digits = body.chars().map(CrockfordBase32.ALPHABET::indexOf).toArray();
		String code = body + CrockfordBase32.symbol(CrockfordBase32.check(digits));
		assertThatExceptionOfType(MistypedCodeException.class).isThrownBy(() -> ShortCodes.decode(code))
			.satisfies((ex) -> assertThat(ex.getMistake()).isEqualTo(Mistake.CHECK));
	}

	@Property(tries = 1000)
	void textThatIsNoCodeIsRefusedWithAReasonNeverAnError(@ForAll String typed) {
		try {
			CodedAnswers read = ShortCodes.decode(typed);
			assertThat(ShortCodes.decode(ShortCodes.encode(read.answers(), read.language()))).isEqualTo(read);
		}
		catch (MistypedCodeException ex) {
			String stripped = typed.strip();
			assertThat(ex.getTyped()).isEqualTo((stripped.length() > ShortCodes.MAX_TYPED)
					? stripped.substring(0, ShortCodes.MAX_TYPED) + "…" : stripped);
		}
	}

	@Test
	void aFullSetOfAnswersWithAStateTakesElevenSymbols() {
		assertThat(NEWEST.payloadSymbols() + 2).isEqualTo(11);
		assertThat(ShortCodes.FORMATS.get(1).payloadSymbols() + 2).as("version 2, before states").isEqualTo(10);
		assertThat(ShortCodes.grouped(ShortCodes.encode(Answers.none(), "en"))).isEqualTo("3000-0000-00P");
	}

	@Test
	void versionOneCodesAreStillReadWithTheirOwnFormat() {
		assertThat(ShortCodes.FORMATS.get(0).version()).isEqualTo(1);
		assertThat(ShortCodes.FORMATS.get(0).payloadSymbols() + 2).isEqualTo(8);
		assertThat(ShortCodes.encode(Answers.none(), "en")).startsWith("3");
	}

	@Test
	void theNewestFormatCoversTheQuestionnaireContractAndEveryLanguage() {
		assertThat(NEWEST.questions()).containsExactlyEntriesOf(QuestionnaireContract.questions());
		assertThat(NEWEST.languages()).containsExactlyElementsOf(Languages.SUPPORTED);
		assertThat(NEWEST.states()).as("a state the catalog adds needs a new format")
			.containsExactlyElementsOf(Fixtures.CATALOG.local().states());
	}

	@Test
	void aStateTravelsInTheCodeAndAFormatBeforeStatesCannotWriteOne() {
		Answers inTexas = new Answers(Map.of("setting", "inpatient"), Map.of("setting", "inpatient")).inState("TX");
		CodedAnswers read = ShortCodes.decode(ShortCodes.encode(inTexas, "es"));
		assertThat(read.answers()).isEqualTo(inTexas);
		assertThat(read.answers().toQuery()).isEqualTo("setting=inpatient&counselor=setting%3Ainpatient&state=TX");
		assertThatIllegalArgumentException().isThrownBy(() -> ShortCodes.FORMATS.get(1).number(inTexas, "es"));
	}

	/**
	 * Codes are printed on handouts: a published code must keep its meaning. If this
	 * fails, add a format with the next version instead of changing one.
	 */
	@ParameterizedTest
	@CsvSource({ "11AQ-WP9G, setting:inpatient!, es", "1000-000M, '', en",
			"10P5-HHBE, 'setting:outpatient!,role:outpatient-coder,experience:none,education:none,depth:eager,timeline:asap,goal:specialize-outpatient,membership:aapc', es",
			"12AS-T6X7, 'setting:unsure!,role:unsure!,experience:both!,education:credential!,depth:prefer-not!,timeline:no-rush!,goal:unsure!,membership:none!', es",
			"21AY-JDQF-9E, setting:hospital-outpatient!, es", "2000-0000-0H, '', en",
			"22FZ-7E4R-YJ, 'setting:health-plan,role:risk-adjustment-coder,experience:outpatient,years:1-2,education:credential,held:cpc-a,depth:open,timeline:asap,goal:unsure,remote:from-the-start,membership:aapc', en",
			"23K1-WSB8-DN, 'setting:unsure!,role:cdi-specialist!,experience:both!,years:over-2!,education:credential!,held:other!,depth:prefer-not!,timeline:no-rush!,goal:lead-manage!,remote:no!,membership:none!', es",
			"33EQ-TGD0-WXY, 'setting:inpatient!,state:TX', es", "3000-0000-02J, 'state:AL', en",
			"365R-8FJB-G1M, 'setting:unsure!,role:cdi-specialist!,experience:both!,years:over-2!,education:credential!,held:other!,depth:prefer-not!,timeline:no-rush!,goal:lead-manage!,remote:no!,membership:none!,state:VI', es" })
	void publishedCodesKeepTheirMeaning(String code, String answers, String language) {
		CodedAnswers read = ShortCodes.decode(code);

		assertThat(describe(read.answers())).isEqualTo(answers);
		assertThat(read.language()).isEqualTo(language);
	}

	@ParameterizedTest
	@CsvSource({ "'', EMPTY", "'  - ', EMPTY", "1U00-0000, SYMBOL", "1000-000!, SYMBOL", "1000-000, LENGTH",
			"1000-00000, LENGTH", "1000-0001, CHECK", "Z000-0000, CHECK", "2000-0000, LENGTH", "2000-0000-0, LENGTH",
			"3000-0000-0H, LENGTH", "2000-0000-01, CHECK" })
	void saysWhatIsWrongWithTextThatIsNoCode(String typed, Mistake mistake) {
		assertThatExceptionOfType(MistypedCodeException.class).isThrownBy(() -> ShortCodes.decode(typed))
			.satisfies((ex) -> assertThat(ex.getMistake()).isEqualTo(mistake));
	}

	@Test
	void readsWhatPeopleMistypeMostAsTheSymbolTheyMeant() {
		String code = ShortCodes.encode(new Answers(Map.of("setting", "inpatient")), "es");

		assertThat(ShortCodes.decode(" " + code.toLowerCase().replace('1', 'l') + " ").answers().values())
			.containsExactlyEntriesOf(Map.of("setting", "inpatient"));
		assertThat(ShortCodes.decode(code.replace('0', 'O')).language()).isEqualTo("es");
	}

	@Test
	void answersOutsideTheContractCannotBeWritten() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ShortCodes.encode(new Answers(Map.of("setting", "hospital")), "en"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ShortCodes.encode(new Answers(Map.of("colour", "blue")), "en"));
		assertThatIllegalArgumentException().isThrownBy(() -> ShortCodes.encode(Answers.none(), "fr"));
	}

	/**
	 * Answers as {@code id:value}, with {@code !} after those the counselor set, then any
	 * state.
	 */
	private static String describe(Answers answers) {
		List<String> parts = new ArrayList<>();
		answers.values().forEach((id, value) -> parts.add(id + ":" + value + (answers.setByCounselor(id) ? "!" : "")));
		if (answers.hasState()) {
			parts.add("state:" + answers.state());
		}
		return String.join(",", parts);
	}

	@Provide
	Arbitrary<CodedAnswers> coded() {
		List<Arbitrary<Integer>> digits = NEWEST.questions()
			.values()
			.stream()
			.<Arbitrary<Integer>>map((options) -> Arbitraries.integers().between(0, 2 * options.size()))
			.toList();
		return Combinators
			.combine(Combinators.combine(digits).as((each) -> each),
					Arbitraries.integers().between(0, NEWEST.states().size()), Arbitraries.of(NEWEST.languages()))
			.as(ShortCodesTests::coded);
	}

	/**
	 * The answers a digit per question and one for the state stand for: see
	 * {@link CodeFormat}.
	 */
	private static CodedAnswers coded(List<Integer> digits, int state, String language) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> suggested = new LinkedHashMap<>();
		int i = 0;
		for (Map.Entry<String, List<String>> question : NEWEST.questions().entrySet()) {
			int digit = digits.get(i++);
			if (digit > 0) {
				String value = question.getValue().get((digit - 1) / 2);
				values.put(question.getKey(), value);
				if (digit % 2 == 0) {
					suggested.put(question.getKey(), value);
				}
			}
		}
		return new CodedAnswers(new Answers(values, suggested, "", (state == 0) ? "" : NEWEST.states().get(state - 1)),
				language);
	}

}
