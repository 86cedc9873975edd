package com.certadvisor.result;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.certadvisor.links.Queries;
import com.certadvisor.catalog.Certification;
import com.certadvisor.plan.CredentialPlan;
import com.certadvisor.plan.Plans;
import com.certadvisor.plan.StartMonths;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.ComparisonLine;
import com.certadvisor.recommendation.Recommendation;
import com.certadvisor.recommendation.RelatedCredentials;
import com.certadvisor.recommendation.ShownLane;
import com.certadvisor.recommendation.ShownLocalLink;
import com.certadvisor.recommendation.ShownNote;
import com.certadvisor.recommendation.ShownComparison;
import com.certadvisor.web.Routes;
import org.jspecify.annotations.Nullable;

/**
 * Everything a result shows, built in one place ({@link ResultPageService}) for the page
 * and the API alike.
 *
 * @param recommendation the verdict, the scores and what decided it
 * @param recommended the recommended certification, or {@code null} when either suits
 * @param betterFit the lane another credential serves better, or {@code null}
 * @param notes what the answers call for the result to say besides, such as on remote
 * work
 * @param plans next steps, dated plans and costs for both, and a two-credential path
 * @param odds the comparison rows on passing the exam and the first pay, shown beside the
 * numbers
 * @param funding who can pay for training and exams
 * @param local the official pages that answer for the answers' state; none without one
 * @param alsoConsider related credentials the answers make worth a look
 * @param comparison the side-by-side comparison
 * @param links where this result can be found again and taken further
 * @param startMonths the months a plan can start in
 * @param shown the plan shown in full, and why
 * @param kept the {@code start} and {@code plan} parameters as given, {@code ?start=…},
 * or empty: other answers keep them
 */
public record ResultPage(Recommendation recommendation, @Nullable Certification recommended,
		@Nullable ShownLane betterFit, List<ShownNote> notes, Plans plans, List<ComparisonLine> odds,
		List<ShownNote> funding, List<ShownLocalLink> local, RelatedCredentials alsoConsider,
		ShownComparison comparison, Links links, List<YearMonth> startMonths, ShownPlan shown, String kept) {

	public ResultPage {
		notes = List.copyOf(notes);
		odds = List.copyOf(odds);
		funding = List.copyOf(funding);
		local = List.copyOf(local);
		startMonths = List.copyOf(startMonths);
	}

	/** The person's state, a two-letter code, or {@code null}. */
	public @Nullable String state() {
		Answers answers = this.recommendation.answers();
		return answers.hasState() ? answers.state() : null;
	}

	public boolean either() {
		return this.recommended == null;
	}

	/**
	 * This result for {@code answers} instead, keeping the start month and shown plan.
	 */
	public String link(Answers answers) {
		return keeping(answers.link(Routes.RECOMMENDATION));
	}

	/**
	 * The page with every other answer to this result's questions, keeping the start
	 * month and shown plan.
	 */
	public String otherAnswers() {
		return keeping(this.recommendation.answers().link(Routes.OTHER_ANSWERS));
	}

	private String keeping(String link) {
		return this.kept.isEmpty() ? link : Queries.append(link, this.kept.substring(1));
	}

	/**
	 * This result with its plans from {@code month}, such as a programme's start, keeping
	 * the shown plan.
	 */
	public String startingIn(YearMonth month) {
		String link = Queries.with(this.recommendation.answers().link(Routes.RECOMMENDATION), StartMonths.PARAMETER,
				month.toString());
		return (this.shown.reason() == ShownPlan.Reason.CHOSEN)
				? Queries.with(link, ResultPageService.PLAN_PARAMETER, this.shown.certification()) : link;
	}

	/** The plan shown in full. */
	public CredentialPlan shownPlan() {
		return this.plans.of(this.shown.certification());
	}

	/**
	 * @param share this result as a link that travels: absolute, with its language and
	 * edition
	 * @param check the page to change the answers
	 * @param calendars per certification id, the link to its calendar file
	 * @param plans per certification id, this result with that certification's plan shown
	 */
	public record Links(String share, String check, Map<String, String> calendars, Map<String, String> plans) {

		// Kept in the order given (CPC, then CCS): Map.copyOf would order them anew in
		// every JVM, and the page would list them differently after a restart.
		public Links {
			calendars = Collections.unmodifiableMap(new LinkedHashMap<>(calendars));
			plans = Collections.unmodifiableMap(new LinkedHashMap<>(plans));
		}

	}

}
