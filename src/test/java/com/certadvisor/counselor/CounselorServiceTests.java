package com.certadvisor.counselor;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.certadvisor.links.ShortCodes;
import com.certadvisor.questionnaire.AnswerSummary;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.questionnaire.AnswersParser;
import com.certadvisor.questionnaire.QuestionnaireFlow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.CATALOG;
import static com.certadvisor.Fixtures.CATALOGS;
import static com.certadvisor.Fixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link CounselorService}, run against the real catalog.
 */
class CounselorServiceTests {

	private static final String ORIGIN = "https://advisor.example.edu";

	private final CounselorService counselor = new CounselorService(CATALOGS, new QuestionnaireFlow(CATALOGS));

	private StudentLink link(Answers chosen) {
		return this.counselor.studentLink(ORIGIN, chosen, "en");
	}

	/** What the questionnaire understands when the student opens {@code url}. */
	private static Answers opened(String url) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		String query = URI.create(url).getRawQuery();
		if (query != null) {
			for (String pair : query.split("&")) {
				String[] parts = pair.split("=", 2);
				parameters.put(decode(parts[0]), List.of(decode(parts[1])));
			}
		}
		return new AnswersParser(CATALOGS).parse(parameters);
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	@Test
	void offersEveryQuestionOfTheCatalogInOrder() {
		assertThat(this.counselor.questions()).isEqualTo(CATALOG.questions()).hasSize(11);
	}

	@Nested
	class Link {

		@Test
		void isTheStartPageWithTheChosenAnswersAlsoCarriedAsSuggestions() {
			assertThat(link(answers("setting", "inpatient")).url())
				.isEqualTo(ORIGIN + "/?setting=inpatient&counselor=setting%3Ainpatient&lang=en&edition=2026-12-07.4");
		}

		@Test
		void carriesSeveralAnswersInQuestionnaireOrder() {
			assertThat(link(answers("setting", "inpatient", "education", "him-degree")).url()).isEqualTo(ORIGIN
					+ "/?setting=inpatient&education=him-degree&counselor=setting%3Ainpatient%2Ceducation%3Ahim-degree&lang=en&edition=2026-12-07.4");
		}

		@Test
		void withoutAnswersIsThePlainStartPage() {
			StudentLink link = link(Answers.none());
			assertThat(link.url()).isEqualTo(ORIGIN + "/?lang=en&edition=2026-12-07.4");
			assertThat(link.prefilled()).isEmpty();
		}

		@Test
		void opensWithEveryAnswerSetByTheCounselor() {
			Answers chosen = answers("setting", "outpatient", "role", "billing-specialist", "membership", "aapc");
			Answers opened = opened(link(chosen).url());
			assertThat(opened.values()).isEqualTo(chosen.values());
			assertThat(opened.values().keySet()).allMatch(opened::setByCounselor);
		}

		@Test
		void hasAShortCodeThatOpensTheSameAnswersInTheSameLanguage() {
			Answers chosen = answers("setting", "outpatient", "role", "billing-specialist", "membership", "aapc");
			StudentLink link = CounselorServiceTests.this.counselor.studentLink(ORIGIN, chosen, "es");
			assertThat(link.code()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}");
			assertThat(link.shortUrl()).isEqualTo(ORIGIN + "/s/" + link.code());
			var coded = ShortCodes.decode(link.code());
			assertThat(coded.language()).isEqualTo("es");
			assertThat(coded.answers().values()).isEqualTo(opened(link.url()).values());
			assertThat(coded.answers().values().keySet()).allMatch(coded.answers()::setByCounselor);
		}

		@Test
		void ignoresSuggestionsTheCounselorsOwnAddressCarries() {
			Answers chosen = new Answers(Map.of("setting", "inpatient"), Map.of("role", "unsure"));
			StudentLink link = link(chosen);
			assertThat(link.url())
				.isEqualTo(ORIGIN + "/?setting=inpatient&counselor=setting%3Ainpatient&lang=en&edition=2026-12-07.4");
			assertThat(link.counselorLink()).isEqualTo("/counselor?setting=inpatient");
		}

	}

	@Nested
	class Prefilled {

		@Test
		void namesEachQuestionAndTheChosenOption() {
			List<AnswerSummary> prefilled = link(answers("education", "him-degree", "setting", "inpatient"))
				.prefilled();
			assertThat(prefilled).extracting((line) -> line.question().text(), (line) -> line.chosen().label())
				.containsExactly(tuple("Where would you like to work?", "Inpatient"),
						tuple("What is your background?", "An HIM degree programme"));
			assertThat(prefilled).allMatch(AnswerSummary::setByCounselor);
		}

	}

	@Nested
	class CounselorLinks {

		@Test
		void qrCodesHandoutAndCounselorPageCarryTheChosenAnswersOnly() {
			StudentLink link = link(answers("setting", "inpatient", "goal", "unsure"));
			assertThat(link.pngLink()).isEqualTo("/counselor/qr.png?setting=inpatient&goal=unsure");
			assertThat(link.svgLink()).isEqualTo("/counselor/qr.svg?setting=inpatient&goal=unsure");
			assertThat(link.handoutLink()).isEqualTo("/counselor/handout?setting=inpatient&goal=unsure");
			assertThat(link.counselorLink()).isEqualTo("/counselor?setting=inpatient&goal=unsure");
		}

	}

}
