package com.certadvisor.result;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.QuestionnaireContract;
import com.certadvisor.links.PublicAddress;
import com.certadvisor.links.Queries;
import com.certadvisor.plan.PlanningService;
import com.certadvisor.plan.Plans;
import com.certadvisor.plan.StartMonths;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.ComparisonService;
import com.certadvisor.recommendation.PersonalAdvice;
import com.certadvisor.recommendation.ComparisonViews;
import com.certadvisor.recommendation.Recommendation;
import com.certadvisor.recommendation.RuleService;
import com.certadvisor.errors.BadParameterException;
import com.certadvisor.editions.Editions;
import com.certadvisor.web.Routes;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Builds a result from the answers, the comparison view asked for and the start month.
 */
@Service
public class ResultPageService {

	static final String CALENDAR_PARAMETER = "cert";

	static final String PLAN_PARAMETER = "plan";

	/**
	 * The comparison rows shown under the numbers: the odds of passing, the first pay.
	 */
	private static final List<String> ODDS = List.of(ComparisonService.PASS_RATE, ComparisonService.ENTRY_PAY);

	/**
	 * The comparison rows the page shows in a place of their own: the odds, and the next
	 * steps, which the plan gives in full.
	 */
	private static final List<String> SHOWN_ELSEWHERE = List.of(ComparisonService.PASS_RATE,
			ComparisonService.ENTRY_PAY, ComparisonService.NEXT_STEPS);

	private final RuleService rules;

	private final PlanningService plans;

	private final ComparisonService comparison;

	private final PersonalAdvice advice;

	private final ComparisonViews comparisons;

	private final StartMonths starts;

	private final CatalogSource catalogs;

	private final PublicAddress address;

	public ResultPageService(RuleService rules, PlanningService plans, ComparisonService comparison,
			PersonalAdvice advice, ComparisonViews comparisons, StartMonths starts, CatalogSource catalogs,
			PublicAddress address) {
		this.rules = rules;
		this.plans = plans;
		this.comparison = comparison;
		this.advice = advice;
		this.comparisons = comparisons;
		this.starts = starts;
		this.catalogs = catalogs;
		this.address = address;
	}

	/**
	 * @param view the {@code view} parameter, or {@code null}
	 * @param start the {@code start} parameter, or {@code null} for this month
	 * @param plan the {@code plan} parameter naming the plan to show instead of the
	 * recommended one's, or {@code null}
	 * @throws BadParameterException when one of them is not understood
	 */
	public ResultPage page(Answers answers, @Nullable String view, @Nullable String start, @Nullable String plan) {
		// Every link of the page keeps the start month, as the answers keep the state.
		String withStart = Queries.with(answers.link(Routes.RECOMMENDATION), StartMonths.PARAMETER, start);
		String page = Queries.with(withStart, PLAN_PARAMETER, plan);
		YearMonth month = this.starts.resolve(start, answers.link(Routes.RECOMMENDATION));
		if (plan != null && !QuestionnaireContract.CERTIFICATIONS.contains(plan)) {
			throw new BadParameterException(PLAN_PARAMETER, plan, QuestionnaireContract.CERTIFICATIONS, withStart);
		}
		Recommendation recommendation = this.rules.recommend(answers);
		String recommended = recommendation.verdict().certificationId();
		Map<String, String> calendars = new LinkedHashMap<>();
		Map<String, String> plans = new LinkedHashMap<>();
		for (String certification : QuestionnaireContract.CERTIFICATIONS) {
			calendars.put(certification,
					Queries.with(Queries.with(answers.link(Routes.PLAN_CALENDAR), StartMonths.PARAMETER, start),
							CALENDAR_PARAMETER, certification));
			plans.put(certification, certification.equals(recommended) ? withStart
					: Queries.with(withStart, PLAN_PARAMETER, certification) + "#plan-heading");
		}
		String share = Editions.toShare(this.address.origin(), page, this.catalogs.current());
		Plans shownPlans = this.plans.plans(answers, month);
		return new ResultPage(recommendation,
				(recommended != null) ? this.catalogs.current().certification(recommended) : null,
				this.advice.betterFit(answers).orElse(null), this.advice.notes(answers), shownPlans,
				this.comparison.rows(answers, ODDS), this.advice.funding(answers), this.advice.local(answers),
				this.comparison.alsoConsider(answers),
				this.comparisons.shown(answers, view, recommended, page, false, SHOWN_ELSEWHERE),
				new ResultPage.Links(share, answers.link(Routes.CHECK), calendars, plans), this.starts.choices(),
				ShownPlan.of(plan, recommendation, shownPlans),
				Queries.with(Queries.with("", StartMonths.PARAMETER, start), PLAN_PARAMETER, plan));
	}

	/** {@code link} with {@code name=value} when there is a value, so links keep it. */

}
