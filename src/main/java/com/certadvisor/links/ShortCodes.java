package com.certadvisor.links;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.certadvisor.codes.CrockfordBase32;
import com.certadvisor.links.MistypedCodeException.Mistake;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.web.Routes;

/**
 * Short codes: answers, counselor marks, a state and a language written in a few symbols
 * a person can type, by arithmetic alone, so no table stands behind them. A code is its
 * format's version, the answers as one number in Crockford base 32, and a check symbol.
 */
public final class ShortCodes {

	/** Symbols shown together, for reading aloud and typing: {@code 1KX2-P9QM}. */
	static final int GROUP = 4;

	/** Longer input is no mistyped code but something else pasted. */
	public static final int MAX_TYPED = 40;

	/** Every published format, oldest first: none is ever changed or removed. */
	static final List<CodeFormat> FORMATS = List.of(version1(), version2(), version3());

	private ShortCodes() {
	}

	/**
	 * The code of {@code answers} in {@code language}, written with the newest format.
	 */
	public static String encode(Answers answers, String language) {
		CodeFormat format = FORMATS.get(FORMATS.size() - 1);
		String body = CrockfordBase32.symbol(format.version())
				+ CrockfordBase32.write(format.number(answers, language), format.payloadSymbols());
		return body + CrockfordBase32.symbol(CrockfordBase32.check(digits(body)));
	}

	/** {@code code} in groups of {@value #GROUP} symbols joined by hyphens. */
	public static String grouped(String code) {
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < code.length(); i += GROUP) {
			grouped.append(i == 0 ? "" : "-").append(code, i, Math.min(code.length(), i + GROUP));
		}
		return grouped.toString();
	}

	/**
	 * What a code a person typed stands for. Case, hyphens and spaces do not matter, and
	 * I, L and O read as 1, 1 and 0.
	 * @throws MistypedCodeException if it is no code: never read as other answers
	 */
	public static CodedAnswers decode(String typed) {
		String text = (typed != null) ? typed.strip() : "";
		if (text.length() > MAX_TYPED) {
			throw new MistypedCodeException(text, Mistake.LENGTH);
		}
		StringBuilder symbols = new StringBuilder();
		for (char character : text.toCharArray()) {
			if (character == '-' || Character.isWhitespace(character)) {
				continue;
			}
			OptionalInt digit = CrockfordBase32.digit(character);
			if (digit.isEmpty()) {
				throw new MistypedCodeException(text, Mistake.SYMBOL);
			}
			symbols.append(CrockfordBase32.symbol(digit.getAsInt()));
		}
		if (symbols.isEmpty()) {
			throw new MistypedCodeException(text, Mistake.EMPTY);
		}
		CodeFormat format = format(text, symbols);
		int[] digits = digits(symbols);
		if (CrockfordBase32.check(Arrays.copyOf(digits, digits.length - 1)) != digits[digits.length - 1]) {
			throw new MistypedCodeException(text, Mistake.CHECK);
		}
		long number = 0;
		for (int i = 1; i < digits.length - 1; i++) {
			number = (number << 5) | digits[i];
		}
		if (number >= format.codes()) {
			throw new MistypedCodeException(text, Mistake.CHECK);
		}
		return format.read(number);
	}

	private static CodeFormat format(String text, CharSequence symbols) {
		int version = CrockfordBase32.ALPHABET.indexOf(symbols.charAt(0));
		CodeFormat format = FORMATS.stream()
			.filter((candidate) -> candidate.version() == version)
			.findFirst()
			.orElseThrow(() -> new MistypedCodeException(text, Mistake.CHECK));
		if (symbols.length() != format.payloadSymbols() + 2) {
			throw new MistypedCodeException(text, Mistake.LENGTH);
		}
		return format;
	}

	private static int[] digits(CharSequence symbols) {
		return symbols.chars().map(CrockfordBase32.ALPHABET::indexOf).toArray();
	}

	/** The questionnaire contract of December 2026, and English and Spanish. */
	private static CodeFormat version1() {
		Map<String, List<String>> questions = new LinkedHashMap<>();
		questions.put("setting", List.of("outpatient", "inpatient", "unsure"));
		questions.put("role", List.of("outpatient-coder", "billing-specialist", "coding-auditor", "inpatient-coder",
				"coding-manager", "him-manager", "unsure"));
		questions.put("experience", List.of("none", "outpatient", "inpatient", "both"));
		questions.put("education", List.of("none", "coding-course", "him-degree", "clinical", "credential"));
		questions.put("depth", List.of("eager", "open", "prefer-not"));
		questions.put("timeline", List.of("asap", "within-year", "no-rush"));
		questions.put("goal",
				List.of("specialize-outpatient", "specialize-inpatient", "audit-compliance", "lead-manage", "unsure"));
		questions.put("membership", List.of("aapc", "ahima", "none"));
		return new CodeFormat(1, questions, List.of(), List.of("en", "es"));
	}

	/**
	 * The contract of edition 2026-12-07.2: new settings and roles, and the questions on
	 * years of coding, the credential held and remote work.
	 */
	private static CodeFormat version2() {
		return new CodeFormat(2, contract2(), List.of(), List.of("en", "es"));
	}

	/**
	 * The contract of version 2 and the person's state, the catalog's 54 USPS codes of
	 * edition 2026-12-07.4.
	 */
	private static CodeFormat version3() {
		return new CodeFormat(3, contract2(),
				List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
						"KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
						"NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
						"WV", "WI", "WY", "PR", "GU", "VI"),
				List.of("en", "es"));
	}

	/** The questions of versions 2 and 3, with their options, in digit order. */
	private static Map<String, List<String>> contract2() {
		Map<String, List<String>> questions = new LinkedHashMap<>();
		questions.put("setting", List.of("outpatient", "hospital-outpatient", "inpatient", "health-plan", "unsure"));
		questions.put("role",
				List.of("outpatient-coder", "pro-fee-coder", "billing-specialist", "coding-auditor",
						"risk-adjustment-coder", "inpatient-coder", "cdi-specialist", "coding-manager", "him-manager",
						"unsure"));
		questions.put("experience", List.of("none", "outpatient", "inpatient", "both"));
		questions.put("years", List.of("under-1", "1-2", "over-2"));
		questions.put("education", List.of("none", "coding-course", "him-degree", "clinical", "credential"));
		questions.put("held", List.of("cpc-a", "cpc", "cca", "ccs-p", "rhit-rhia", "other-aapc", "other"));
		questions.put("depth", List.of("eager", "open", "prefer-not"));
		questions.put("timeline", List.of("asap", "within-year", "no-rush"));
		questions.put("goal",
				List.of("specialize-outpatient", "specialize-inpatient", "audit-compliance", "lead-manage", "unsure"));
		questions.put("remote", List.of("from-the-start", "later", "no"));
		questions.put("membership", List.of("aapc", "ahima", "none"));
		return questions;
	}

}
