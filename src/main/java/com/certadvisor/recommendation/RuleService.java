package com.certadvisor.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.Question;
import com.certadvisor.catalog.Rules;
import com.certadvisor.catalog.Weight;
import com.certadvisor.questionnaire.Answers;

import org.springframework.stereotype.Service;

/**
 * Scores answers with the catalog's rules. Deterministic and free of web types: the same
 * answers and catalog always give the same recommendation.
 */
@Service
public class RuleService {

	/** How many answers the page names as having decided the verdict. */
	static final int DECIDING_LIMIT = 3;

	private final CatalogSource catalogs;

	public RuleService(CatalogSource catalogs) {
		this.catalogs = catalogs;
	}

	public Recommendation recommend(Answers answers) {
		Catalog catalog = this.catalogs.current();
		List<Contribution> contributions = contributions(catalog, answers);
		int cpc = contributions.stream().mapToInt(Contribution::cpcPoints).sum();
		int ccs = contributions.stream().mapToInt(Contribution::ccsPoints).sum();
		Verdict verdict = verdict(catalog.rules(), cpc, ccs);
		return new Recommendation(answers, verdict, cpc, ccs, Math.abs(cpc - ccs), catalog.rules().threshold(),
				deciding(contributions, verdict), whatIfs(catalog, answers, contributions, cpc, ccs, verdict));
	}

	private List<Contribution> contributions(Catalog catalog, Answers answers) {
		List<Contribution> contributions = new ArrayList<>();
		for (Question question : catalog.questions()) {
			answers.get(question.id())
				.flatMap(question::option)
				.ifPresent((option) -> contributions.add(contribution(catalog, question, option)));
		}
		return contributions;
	}

	private Contribution contribution(Catalog catalog, Question question, Option option) {
		Weight weight = catalog.rules().weight(question.id(), option.value());
		return new Contribution(question, option, weight.pointsFor(Verdict.CPC.name()),
				weight.pointsFor(Verdict.CCS.name()), weight.reason(),
				(weight.source() != null) ? catalog.sources().get(weight.source()) : null);
	}

	/** The verdict alone, for a what-if that drops follow-up answers as well. */
	private Verdict recommendVerdict(Catalog catalog, Answers answers) {
		List<Contribution> contributions = contributions(catalog, answers);
		return verdict(catalog.rules(), contributions.stream().mapToInt(Contribution::cpcPoints).sum(),
				contributions.stream().mapToInt(Contribution::ccsPoints).sum());
	}

	private Verdict verdict(Rules rules, int cpc, int ccs) {
		if (Math.abs(cpc - ccs) < rules.threshold()) {
			return Verdict.EITHER;
		}
		return (cpc > ccs) ? Verdict.CPC : Verdict.CCS;
	}

	/**
	 * For CPC or CCS, the answers leaning that way, strongest first. For EITHER, the
	 * strongest leaning answers either way, since they are what holds the balance.
	 */
	private List<Contribution> deciding(List<Contribution> contributions, Verdict verdict) {
		return contributions.stream()
			.filter((contribution) -> (verdict == Verdict.EITHER) ? contribution.lean() != 0
					: contribution.favours() == verdict)
			.sorted(Comparator.comparingInt(Contribution::strength).reversed())
			.limit(DECIDING_LIMIT)
			.toList();
	}

	/**
	 * Tries every other option of every question asked, one at a time. Scores are sums,
	 * so each try only swaps one answer's points in or out, unless it also drops a
	 * follow-up's answer.
	 */
	private List<WhatIf> whatIfs(Catalog catalog, Answers answers, List<Contribution> contributions, int cpc, int ccs,
			Verdict verdict) {
		Map<String, Contribution> current = new HashMap<>();
		contributions.forEach((contribution) -> current.put(contribution.question().id(), contribution));
		List<WhatIf> whatIfs = new ArrayList<>();
		for (Question question : catalog.questions()) {
			Contribution given = current.get(question.id());
			if (!question.askedOf(answers.values())) {
				continue;
			}
			int baseCpc = cpc - ((given != null) ? given.cpcPoints() : 0);
			int baseCcs = ccs - ((given != null) ? given.ccsPoints() : 0);
			List<Choice> choices = new ArrayList<>();
			for (Option option : question.options()) {
				if (given != null && given.option().equals(option)) {
					continue;
				}
				Answers chosen = answers.with(question.id(), option.value());
				Answers other = chosen.without(catalog.followUpsLost(question.id(), chosen.values()));
				Verdict changed;
				if (other != chosen) {
					changed = recommendVerdict(catalog, other);
				}
				else {
					Contribution alternative = contribution(catalog, question, option);
					changed = verdict(catalog.rules(), baseCpc + alternative.cpcPoints(),
							baseCcs + alternative.ccsPoints());
				}
				choices.add(new Choice(option, changed, other, changed != verdict));
			}
			whatIfs.add(new WhatIf(question, (given != null) ? given.option() : null, choices));
		}
		return whatIfs;
	}

}
