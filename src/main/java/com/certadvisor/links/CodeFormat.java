package com.certadvisor.links;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.certadvisor.questionnaire.Answers;

/**
 * What the digits of one version of short codes stand for. Each question is one digit of
 * a mixed-radix number: 0 when unanswered, then two per option, for the option chosen by
 * the person and for the option set by their counselor. The state follows (0 for none),
 * and the language is the last digit. A version, once published, never changes: a code
 * means what it meant when it was made.
 *
 * @param version the code's first symbol
 * @param questions question ids, in digit order, with their option values
 * @param states the states a code can carry, or none in versions before states
 * @param languages the languages a code can open in
 */
record CodeFormat(int version, Map<String, List<String>> questions, List<String> states, List<String> languages) {

	CodeFormat {
		if (version < 0 || version >= 32) {
			throw new IllegalArgumentException("a version is one base-32 symbol, not " + version);
		}
		if (questions.isEmpty() || languages.isEmpty()) {
			throw new IllegalArgumentException("a format needs questions and languages");
		}
		Map<String, List<String>> copy = new LinkedHashMap<>();
		questions.forEach((id, options) -> copy.put(id, List.copyOf(options)));
		questions = Collections.unmodifiableMap(copy);
		states = List.copyOf(states);
		languages = List.copyOf(languages);
	}

	/** How many different codes this version can write. */
	long codes() {
		long codes = Math.multiplyExact(this.languages.size(), this.states.size() + 1L);
		for (List<String> options : this.questions.values()) {
			codes = Math.multiplyExact(codes, radix(options));
		}
		return codes;
	}

	/** Symbols between the version and the check symbol. */
	int payloadSymbols() {
		int symbols = 1;
		while (codes() > 1L << (5 * symbols)) {
			symbols++;
		}
		return symbols;
	}

	/**
	 * {@code answers} in {@code language} as a number below {@link #codes()}.
	 * @throws IllegalArgumentException if an answer, the state or the language is not in
	 * this format
	 */
	long number(Answers answers, String language) {
		answers.values().keySet().forEach((id) -> index(List.copyOf(this.questions.keySet()), id));
		long number = 0;
		for (Map.Entry<String, List<String>> question : this.questions.entrySet()) {
			number = number * radix(question.getValue()) + digit(question.getKey(), question.getValue(), answers);
		}
		long state = answers.hasState() ? 1 + index(this.states, answers.state()) : 0;
		return (number * (this.states.size() + 1) + state) * this.languages.size() + index(this.languages, language);
	}

	/** The answers and language {@code number} stands for. */
	CodedAnswers read(long number) {
		if (number < 0 || number >= codes()) {
			throw new IllegalArgumentException(number + " is not a code of version " + this.version);
		}
		long rest = number;
		String language = this.languages.get((int) (rest % this.languages.size()));
		rest /= this.languages.size();
		int state = (int) (rest % (this.states.size() + 1));
		rest /= this.states.size() + 1;
		List<Map.Entry<String, List<String>>> questions = List.copyOf(this.questions.entrySet());
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> suggested = new LinkedHashMap<>();
		int[] digits = new int[questions.size()];
		for (int i = questions.size() - 1; i >= 0; i--) {
			int radix = radix(questions.get(i).getValue());
			digits[i] = (int) (rest % radix);
			rest /= radix;
		}
		for (int i = 0; i < digits.length; i++) {
			if (digits[i] > 0) {
				String id = questions.get(i).getKey();
				String value = questions.get(i).getValue().get((digits[i] - 1) / 2);
				values.put(id, value);
				if (digits[i] % 2 == 0) {
					suggested.put(id, value);
				}
			}
		}
		return new CodedAnswers(new Answers(values, suggested, "", (state == 0) ? "" : this.states.get(state - 1)),
				language);
	}

	private static int digit(String id, List<String> options, Answers answers) {
		return answers.get(id)
			.map((value) -> 1 + 2 * index(options, value) + (answers.setByCounselor(id) ? 1 : 0))
			.orElse(0);
	}

	private static int radix(List<String> options) {
		return 2 * options.size() + 1;
	}

	private static int index(List<String> values, String value) {
		int index = values.indexOf(value);
		if (index < 0) {
			throw new IllegalArgumentException("'" + value + "' is not one of " + values);
		}
		return index;
	}

}
