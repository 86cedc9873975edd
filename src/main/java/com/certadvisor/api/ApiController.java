package com.certadvisor.api;

import java.util.List;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.Lane;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Change;
import com.certadvisor.catalog.Edition;
import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.Question;
import com.certadvisor.plan.CredentialPlan;
import com.certadvisor.plan.PlanningService;
import com.certadvisor.plan.Plans;
import com.certadvisor.plan.ShownPathway;
import com.certadvisor.plan.StartMonths;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.ComparisonGroup;
import com.certadvisor.recommendation.ComparisonLine;
import com.certadvisor.recommendation.ComparisonService;
import com.certadvisor.recommendation.Recommendation;
import com.certadvisor.recommendation.RuleService;
import com.certadvisor.recommendation.ShownFact;
import com.certadvisor.recommendation.ShownLane;
import com.certadvisor.recommendation.ShownNote;
import com.certadvisor.recommendation.PersonalAdvice;
import com.certadvisor.editions.Editions;
import com.certadvisor.i18n.Translations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The questionnaire, the comparison and recommendations as JSON, for integrations. Takes
 * the same answer parameters as the pages, and {@code lang} or Accept-Language for the
 * language of the texts; bad input is answered as RFC 9457 problem details.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class ApiController {

	private static final String RECOMMENDATION = "/api/recommendation";

	private final CatalogSource catalogs;

	private final RuleService rules;

	private final ComparisonService comparison;

	private final PlanningService planning;

	private final PersonalAdvice advice;

	private final StartMonths starts;

	private final Translations translations;

	ApiController(CatalogSource catalogs, RuleService rules, ComparisonService comparison, PlanningService planning,
			PersonalAdvice advice, StartMonths starts, Translations translations) {
		this.catalogs = catalogs;
		this.rules = rules;
		this.comparison = comparison;
		this.planning = planning;
		this.advice = advice;
		this.starts = starts;
		this.translations = translations;
	}

	@Operation(summary = "The questions, in order, with their options (ids and values are a stable contract)")
	@GetMapping("/questions")
	List<Question> questions() {
		return this.catalogs.current().questions().stream().map(this::translated).toList();
	}

	@Operation(summary = "The side-by-side comparison; every fact with its source, tier, as-of date, kind and "
			+ "whether it is past its shelf life")
	@GetMapping("/comparison")
	ApiComparison comparison(@Parameter(hidden = true) Answers answers,
			@Parameter(hidden = true) @RequestParam(name = Editions.PARAMETER,
					required = false) @Nullable String edition) {
		return new ApiComparison(this.catalogs.current().version(), changes(edition),
				translated(this.comparison.compare(answers)));
	}

	@Operation(summary = "The recommendation for a set of answers, with a dated plan for each certification",
			description = "Pass any of the question ids as query parameters, e.g. "
					+ "?setting=inpatient&experience=inpatient&education=him-degree. Unanswered questions count for "
					+ "neither certification. The plans start this month, or in the month start names.")
	@GetMapping("/recommendation")
	ApiRecommendation recommendation(@Parameter(hidden = true) Answers answers,
			@Parameter(hidden = true) @RequestParam(name = Editions.PARAMETER,
					required = false) @Nullable String edition,
			@Parameter(hidden = true) @RequestParam(name = StartMonths.PARAMETER,
					required = false) @Nullable String start) {
		Plans plans = this.planning.plans(answers, this.starts.resolve(start, answers.link(RECOMMENDATION)));
		Recommendation recommendation = this.rules.recommend(answers);
		return new ApiRecommendation(recommendation.verdict().name(), recommendation.cpcScore(),
				recommendation.ccsScore(), recommendation.margin(), recommendation.threshold(), answers.values(),
				this.advice.betterFit(answers).map(this::translated).orElse(null), notes(this.advice.notes(answers)),
				notes(this.advice.funding(answers)), odds(answers, ComparisonService.PASS_RATE),
				odds(answers, ComparisonService.ENTRY_PAY), local(answers),
				recommendation.deciding()
					.stream()
					.map((contribution) -> new ApiRecommendation.Reason(contribution.question().id(),
							contribution.option().value(), contribution.cpcPoints(), contribution.ccsPoints(),
							t(contribution.reason()), contribution.source()))
					.toList(),
				recommendation.flips()
					.stream()
					.map((flip) -> new ApiRecommendation.Change(flip.question().id(), flip.option().value(),
							flip.verdict().name(), flip.answers().link(RECOMMENDATION)))
					.toList(),
				plans.start().toString(), plans.credentials().stream().map(this::translated).toList(),
				(plans.pathway() != null) ? translated(plans.pathway()) : null, this.catalogs.current().version(),
				changes(edition), translated(this.comparison.compare(answers)), this.catalogs.current().school());
	}

	/** The changes after {@code edition}, or all of them when it is {@code null}. */
	private List<ApiChange> changes(@Nullable String edition) {
		Catalog catalog = this.catalogs.current();
		List<Change> changes = (edition != null) ? catalog.changesSince(Edition.parse(edition)) : catalog.changes();
		return changes.stream()
			.map((change) -> new ApiChange(change.edition().toString(), t(change.summary()),
					catalog.source(change.source())))
			.toList();
	}

	private List<ApiNote> notes(List<ShownNote> notes) {
		return notes.stream()
			.map((shown) -> new ApiNote(shown.note().id(), t(shown.note().title()), t(shown.note().text()),
					shown.provenance()))
			.toList();
	}

	private ApiBetterFit translated(ShownLane shown) {
		Lane lane = shown.lane();
		return new ApiBetterFit(lane.id(), t(lane.lane()), lane.name(), lane.issuer(), t(lane.summary()),
				t(lane.exam()), t(lane.fee()), shown.provenance());
	}

	private List<ApiLocalLink> local(Answers answers) {
		return this.advice.local(answers)
			.stream()
			.map((shown) -> new ApiLocalLink(shown.link().id(), t(shown.link().label()), shown.href(),
					shown.provenance()))
			.toList();
	}

	/**
	 * The comparison row {@code id}, translated; {@code null} in a catalog without it.
	 */
	private @Nullable ComparisonLine odds(Answers answers, String id) {
		return this.comparison.rows(answers, List.of(id))
			.stream()
			.findFirst()
			.map((line) -> new ComparisonLine(line.id(), t(line.label()), translatedFacts(line.cpc()),
					translatedFacts(line.ccs())))
			.orElse(null);
	}

	private String t(String text) {
		return this.translations.t(text);
	}

	private Question translated(Question question) {
		return new Question(question.id(), t(question.text()), t(question.help()),
				question.options()
					.stream()
					.map((option) -> new Option(option.value(), t(option.label()), t(option.hint())))
					.toList(),
				question.askedWhen());
	}

	private List<ComparisonGroup> translated(List<ComparisonGroup> groups) {
		return groups.stream()
			.map((group) -> new ComparisonGroup((group.title() != null) ? t(group.title()) : null,
					group.lines()
						.stream()
						.map((line) -> new ComparisonLine(line.id(), t(line.label()), translatedFacts(line.cpc()),
								translatedFacts(line.ccs())))
						.toList(),
					group.caveats()))
			.toList();
	}

	private ApiPlan translated(CredentialPlan plan) {
		return new ApiPlan(plan.certification().id(),
				plan.nextSteps()
					.stream()
					.map((step) -> new ApiPlan.Step(step.id(), t(step.step().label()), t(step.step().detail()),
							step.link().url(), step.provenance()))
					.toList(),
				plan.schedule()
					.milestones()
					.stream()
					.map((dated) -> new ApiPlan.Milestone(dated.id(), dated.milestone().id(), t(dated.label()),
							t(dated.rule().detail()), dated.from(), dated.date(), dated.provenance()))
					.toList(),
				plan.costs().total(), plan.costs().totalIsMinimum(), ApiCosts.of(plan.costs(), this.translations),
				plan.schedule().monthsToHold(), plan.schedule().monthsToUnrestricted(),
				plan.programmes()
					.stream()
					.map((shown) -> new ApiPlan.Programme(shown.programme().name(), shown.programme().format().name(),
							shown.programme().months(), shown.programme().price(),
							shown.programme().includes().stream().map(this::t).toList(), shown.nextStart(),
							shown.programme().url()))
					.toList());
	}

	private ApiPathway translated(ShownPathway pathway) {
		return new ApiPathway(pathway.pathway().id(), t(pathway.pathway().title()), t(pathway.pathway().detail()),
				pathway.legs()
					.stream()
					.map((leg) -> new ApiPathway.Step(t(leg.step().label()), leg.step().certification(), leg.from(),
							leg.to()))
					.toList(),
				pathway.months(), pathway.cost(), pathway.costIsMinimum(), pathway.provenance());
	}

	private List<ShownFact> translatedFacts(List<ShownFact> facts) {
		return facts.stream()
			.map((fact) -> new ShownFact(fact.id(), t(fact.text()), fact.provenance(), fact.personalised()))
			.toList();
	}

}
