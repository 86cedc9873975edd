package com.certadvisor.questionnaire;

import com.certadvisor.AdvisorServices;
import com.certadvisor.Html;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(QuestionnaireController.class)
@Import(AdvisorServices.class)
class QuestionnaireControllerTests {

	@Autowired
	private MockMvcTester mvc;

	private Document page(String uri) {
		return Html.okPage(this.mvc, uri);
	}

	@Nested
	class StartPage {

		@Test
		void explainsTheAdvisorAndStartsAtTheFirstQuestion() {
			Document page = page("/");
			assertThat(page.select("h1").text()).contains("CPC or CCS");
			assertThat(page.text()).contains("about 2 minutes").contains("Nothing you answer is stored");
			assertThat(page.select("a.button--start").attr("href")).isEqualTo("/questions/setting");
			assertThat(page.select(".notice")).isEmpty();
		}

		@Test
		void carriesPrefilledAnswersIntoTheQuestionnaire() {
			Document page = page("/?membership=aapc&role=coding-auditor");
			assertThat(page.select("a.button--start").attr("href"))
				.isEqualTo("/questions/setting?role=coding-auditor&membership=aapc");
			assertThat(page.select(".notice").text()).contains("already filled in");
		}

		@Test
		void offersABoxForACodeFromACounselor() {
			Document page = page("/?lang=es");
			assertThat(page.select("form.code-box").attr("method")).isEqualTo("get");
			assertThat(page.select("form.code-box").attr("action")).startsWith("/s");
			assertThat(page.select("form.code-box input[type=hidden][name=lang]").val()).isEqualTo("es");
			assertThat(page.select("label[for=code]").text()).isEqualTo("¿Tienes un código de tu consejero?");
			assertThat(page.select("input#code").attr("name")).isEqualTo("code");
			assertThat(page.select("input#code").attr("aria-describedby")).isEqualTo("code-hint");
			assertThat(page.select("input#code").hasAttr("aria-invalid")).isFalse();
		}

	}

	@Nested
	class QuestionPage {

		@Test
		void showsOneQuestionWithProgressAndEveryOption() {
			Document page = page("/questions/experience");
			assertThat(page.select("h1")).hasSize(1);
			assertThat(page.select("legend h1").text()).isEqualTo("How much coding experience do you have?");
			assertThat(page.select("legend .caption").text()).isEqualTo("Question 3 of 9");
			assertThat(page.select("input[type=radio][name=experience]").eachAttr("value")).containsExactly("none",
					"outpatient", "inpatient", "both");
			assertThat(page.select("label[for=experience-inpatient]").text()).isEqualTo("Inpatient coding");
		}

		@Test
		void submitsWithGetToTheNextQuestionCarryingTheOtherAnswers() {
			Document page = page("/questions/role?setting=inpatient&membership=ahima&role=him-manager");
			Element form = page.selectFirst("form");
			assertThat(form.attr("method")).isEqualTo("get");
			assertThat(form.attr("action")).isEqualTo("/questions/role/next");
			assertThat(form.select("input[type=hidden]"))
				.extracting((input) -> input.attr("name") + "=" + input.attr("value"))
				.containsExactly("setting=inpatient", "membership=ahima");
		}

		@Test
		void aClassLinksIdGoesThroughTheFormToTheResult() {
			Document page = page("/questions/role?setting=inpatient&class=A2B3C4D5E6");
			assertThat(page.select("form input[type=hidden]"))
				.extracting((input) -> input.attr("name") + "=" + input.attr("value"))
				.containsExactly("setting=inpatient", "class=a2b3c4d5e6");
			assertThat(page.select("a:contains(Skip this question)").attr("href"))
				.isEqualTo("/questions/role/next?setting=inpatient&class=a2b3c4d5e6");
		}

		@Test
		void aStateGoesThroughTheFormAndTheLinksToTheResult() {
			Document page = page("/questions/role?setting=inpatient&state=tx");
			assertThat(page.select("form input[type=hidden]"))
				.extracting((input) -> input.attr("name") + "=" + input.attr("value"))
				.containsExactly("setting=inpatient", "state=TX");
			assertThat(page.select("a:contains(Skip this question)").attr("href"))
				.isEqualTo("/questions/role/next?setting=inpatient&state=TX");
			assertThat(page("/check?setting=inpatient&state=TX").select("a.button").attr("href"))
				.isEqualTo("/recommendation?setting=inpatient&state=TX");
		}

		@Test
		void preselectsTheAnswerAlreadyGiven() {
			Document page = page("/questions/role?role=him-manager");
			assertThat(page.select("input[name=role][checked]").eachAttr("value")).containsExactly("him-manager");
		}

		@Test
		void linksBackAndSkipsWithAnswersKept() {
			Document page = page("/questions/role?setting=inpatient&role=him-manager");
			assertThat(page.select("a.back-link").attr("href"))
				.isEqualTo("/questions/setting?setting=inpatient&role=him-manager");
			assertThat(page.select("a:contains(Skip this question)").attr("href"))
				.isEqualTo("/questions/role/next?setting=inpatient");
		}

		@Test
		void firstQuestionGoesBackToTheStartPage() {
			Document page = page("/questions/setting?goal=unsure");
			assertThat(page.select("a.back-link").attr("href")).isEqualTo("/?goal=unsure");
		}

		@Test
		void lastQuestionContinuesToTheCheckPage() {
			Document page = page("/questions/membership");
			assertThat(page.selectFirst("form").attr("action")).isEqualTo("/questions/membership/next");
			assertThat(page.select("legend .caption").text()).isEqualTo("Question 9 of 9");
			assertThat(mvc.get().uri("/questions/membership/next?membership=none")).hasStatus(HttpStatus.FOUND)
				.hasHeader("Location", "/check?membership=none");
		}

		@Test
		void changingAnAnswerReturnsToTheCheckPage() {
			Document page = page("/change/depth?depth=open&setting=outpatient");
			assertThat(page.selectFirst("form").attr("action")).isEqualTo("/change/depth/next");
			assertThat(page.select("a.back-link").attr("href")).isEqualTo("/check?setting=outpatient&depth=open");
			assertThat(mvc.get().uri("/change/depth/next?depth=eager&setting=outpatient")).hasStatus(HttpStatus.FOUND)
				.hasHeader("Location", "/check?setting=outpatient&depth=eager");
			assertThat(page.select("input[name=depth][checked]").eachAttr("value")).containsExactly("open");
		}

		@Test
		void unknownQuestionIsNotFound() {
			assertThat(mvc.get().uri("/questions/salary")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.get().uri("/change/salary")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.get().uri("/questions/salary/next")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.get().uri("/change/salary/next")).hasStatus(HttpStatus.NOT_FOUND);
		}

	}

	@Nested
	class CheckPage {

		@Test
		void listsEveryQuestionWithItsAnswerAndAChangeLink() {
			Document page = page("/check?setting=inpatient&education=him-degree");
			assertThat(page.select(".summary__row")).hasSize(9);
			Element setting = page.select(".summary__row").get(0);
			assertThat(setting.select(".summary__key").text()).isEqualTo("Where would you like to work?");
			assertThat(setting.select(".summary__value").text()).isEqualTo("Inpatient");
			assertThat(setting.select("a").attr("href"))
				.isEqualTo("/change/setting?setting=inpatient&education=him-degree");
			assertThat(page.select(".summary__row").get(1).select(".summary__value").text()).isEqualTo("Not answered");
		}

		@Test
		void goesBackToTheLastQuestionWithTheAnswers() {
			Document page = page("/check?setting=inpatient");
			assertThat(page.select("a.back-link").attr("href")).isEqualTo("/questions/membership?setting=inpatient");
		}

		@Test
		void leadsToTheRecommendationWithTheAnswers() {
			Document page = page("/check?education=him-degree&setting=inpatient");
			assertThat(page.select("a:contains(See my recommendation)").attr("href"))
				.isEqualTo("/recommendation?setting=inpatient&education=him-degree");
		}

	}

	@Nested
	class CounselorMarks {

		/** The suggestions as a counselor's link is typed; MockMvc encodes the rest. */
		private static final String SUGGESTING = "counselor=setting:inpatient,education:him-degree";

		/** The suggestions as the pages write them into links. */
		private static final String SUGGESTED = "counselor=setting%3Ainpatient%2Ceducation%3Ahim-degree";

		@Test
		void startPageListsTheAnswersTheCounselorSet() {
			Document page = page("/?setting=inpatient&education=him-degree&" + SUGGESTING);
			assertThat(page.select(".notice p").text()).startsWith("Your counselor has filled in 2 answers for you.");
			assertThat(page.select(".counselor-answers li").eachText()).containsExactly(
					"Where would you like to work? Inpatient Set by your counselor",
					"What is your background? An HIM degree programme Set by your counselor");
			assertThat(page.select("a.button--start").attr("href"))
				.isEqualTo("/questions/setting?setting=inpatient&education=him-degree&" + SUGGESTED);
		}

		@Test
		void startPageNamesOnlyTheAnswersStillAsTheCounselorSetThem() {
			Document page = page("/?setting=outpatient&education=him-degree&" + SUGGESTING);
			assertThat(page.select(".counselor-answers li").eachText())
				.containsExactly("What is your background? An HIM degree programme Set by your counselor");
			assertThat(page("/?setting=outpatient&" + SUGGESTING).select(".notice").text())
				.contains("already filled in")
				.doesNotContain("Set by your counselor");
		}

		@Test
		void questionPageMarksTheCounselorsAnswerBesideItsLabelAndUnderTheQuestion() {
			Document page = page("/questions/setting?setting=inpatient&" + SUGGESTING);
			assertThat(page.select("label[for=setting-inpatient]").text()).isEqualTo("Inpatient Set by your counselor");
			assertThat(page.select(".tag--counselor")).hasSize(1);
			assertThat(page.select("input[name=setting][checked]").eachAttr("value")).containsExactly("inpatient");
			Element note = page.selectFirst(".counselor-note");
			assertThat(note.text()).isEqualTo(
					"Your counselor chose “Inpatient” for this question. You can keep it or choose another answer.");
			assertThat(page.selectFirst("fieldset").attr("aria-describedby")).isEqualTo("setting-help " + note.id());
		}

		@Test
		void questionPageShowsNoMarkOnceTheAnswerDiffersFromTheSuggestion() {
			for (String uri : List.of("/questions/setting?setting=outpatient&" + SUGGESTING,
					"/questions/setting?" + SUGGESTING, "/change/setting?setting=unsure&" + SUGGESTING)) {
				Document page = page(uri);
				assertThat(page.text()).as(uri)
					.doesNotContain("Set by your counselor")
					.doesNotContain("counselor chose");
				assertThat(page.selectFirst("fieldset").attr("aria-describedby")).as(uri).isEqualTo("setting-help");
			}
		}

		@Test
		void questionWithoutHelpIsDescribedByTheNoteAlone() {
			Document page = page("/questions/goal?goal=unsure&counselor=goal:unsure");
			assertThat(page.selectFirst("fieldset").attr("aria-describedby")).isEqualTo("goal-counselor");
			assertThat(page("/questions/goal?goal=unsure").selectFirst("fieldset").hasAttr("aria-describedby"))
				.isFalse();
		}

		@Test
		void questionPageLinksAndFormKeepTheSuggestions() {
			Document page = page("/questions/role?setting=inpatient&education=him-degree&" + SUGGESTING);
			assertThat(page.select("a.back-link").attr("href"))
				.isEqualTo("/questions/setting?setting=inpatient&education=him-degree&" + SUGGESTED);
			assertThat(page.select("a:contains(Skip this question)").attr("href"))
				.isEqualTo("/questions/role/next?setting=inpatient&education=him-degree&" + SUGGESTED);
			assertThat(page.select("form input[type=hidden][name=counselor]").attr("value"))
				.isEqualTo("setting:inpatient,education:him-degree");
		}

		@Test
		void checkPageMarksOnlyTheAnswersStillAsTheCounselorSetThem() {
			Document page = page("/check?setting=inpatient&education=none&" + SUGGESTING);
			assertThat(page.select(".summary__row").get(0).select(".summary__value").text())
				.isEqualTo("Inpatient Set by your counselor");
			assertThat(page.select(".summary__row").get(3).select(".summary__value").text())
				.isEqualTo("No health-related training yet");
			assertThat(page.select(".tag--counselor")).hasSize(1);
		}

		@Test
		void checkPageLinksKeepTheSuggestions() {
			Document page = page("/check?setting=inpatient&" + SUGGESTING);
			assertThat(page.select(".summary__action a").eachAttr("href"))
				.allMatch((href) -> href.endsWith("?setting=inpatient&" + SUGGESTED));
			assertThat(page.select("a.back-link").attr("href"))
				.isEqualTo("/questions/membership?setting=inpatient&" + SUGGESTED);
			assertThat(page.select("a:contains(See my recommendation)").attr("href"))
				.isEqualTo("/recommendation?setting=inpatient&" + SUGGESTED);
		}

	}

	@Nested
	class Branching {

		@Test
		void aCredentialLeadsToTheQuestionOfWhichOneAndItsCountGrows() {
			assertThat(mvc.get().uri("/questions/education/next?education=credential&setting=inpatient"))
				.hasStatus(HttpStatus.FOUND)
				.hasHeader("Location", "/questions/held?setting=inpatient&education=credential");
			Document page = page("/questions/held?setting=inpatient&education=credential");
			assertThat(page.select("legend .caption").text()).isEqualTo("Question 5 of 10");
			assertThat(page.select("input[type=radio][name=held]").eachAttr("value")).containsExactly("cpc-a", "cpc",
					"cca", "ccs-p", "rhit-rhia", "other-aapc", "other");
			assertThat(page.select("a.back-link").attr("href"))
				.isEqualTo("/questions/education?setting=inpatient&education=credential");
		}

		@Test
		void aChangedAnswerDropsTheFollowUpItNoLongerCallsFor() {
			assertThat(mvc.get().uri("/questions/education/next?education=none&held=cpc-a&depth=open"))
				.hasStatus(HttpStatus.FOUND)
				.hasHeader("Location", "/questions/depth?education=none&depth=open");
		}

		@Test
		void aFollowUpNothingCallsForIsNotAskedButPassedOn() {
			assertThat(mvc.get().uri("/questions/held?education=none")).hasStatus(HttpStatus.FOUND)
				.hasHeader("Location", "/questions/depth?education=none");
			assertThat(page("/check?education=none").select(".summary__key").eachText())
				.doesNotContain("Which credential do you hold?", "How long have you been coding?");
		}

		@Test
		void aLinkThatAnswersAFollowUpAnywayIsReadAsGiven() {
			Document check = page("/check?held=cpc");
			assertThat(check.select(".summary__row")).hasSize(10);
			assertThat(check.select(".summary__row").get(4).select(".summary__value").text()).isEqualTo("CPC");
		}

		@Test
		void theRedirectKeepsAnExplicitLanguage() {
			assertThat(mvc.get().uri("/questions/experience/next?experience=both&lang=es")).hasStatus(HttpStatus.FOUND)
				.hasHeader("Location", "/questions/years?experience=both&lang=es");
		}

		@Test
		void aBadAnswerToANewQuestionIsA400NamingIt() {
			var result = mvc.get().uri("/questions/held/next?education=credential&held=cpcz").exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = Html.parse(Html.body(result));
			assertThat(page.select(".problem__what").text())
				.isEqualTo("“cpcz” is not an answer to “Which credential do you hold?”.");
			assertThat(page.select(".problem__choices code").eachText()).contains("cpc-a", "rhit-rhia");
		}

	}

	@Nested
	class BadInput {

		@Test
		void unknownValueGetsABadRequestPageListingTheChoices() {
			var result = mvc.get().uri("/questions/role?setting=hospital&goal=unsure").exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = Html.parse(Html.body(result));
			assertThat(page.select(".problem__what").text())
				.isEqualTo("“hospital” is not an answer to “Where would you like to work?”.");
			assertThat(page.select(".problem__choices code").eachText()).containsExactly("outpatient",
					"hospital-outpatient", "inpatient", "health-plan", "unsure");
			assertThat(page.select("a.button").attr("href")).isEqualTo("/questions/role?goal=unsure");
		}

		@Test
		void markupInAValueIsEscaped() {
			var result = mvc.get().uri("/check").param("setting", "<b onmouseover=alert(1)>x</b>").exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			String body = Html.body(result);
			assertThat(body).doesNotContain("<b onmouseover").contains("&lt;b onmouseover=alert(1)&gt;x&lt;/b&gt;");
		}

	}

}
