package com.certadvisor.recommendation;

import java.util.Optional;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Freshness;
import com.certadvisor.questionnaire.Answers;

import org.springframework.stereotype.Service;

/**
 * Finds the line of work, if any, that another credential serves better than the two
 * compared: the catalog's first lane the answers point to.
 */
@Service
public class LaneService {

	private final CatalogSource catalogs;

	private final Freshness freshness;

	public LaneService(CatalogSource catalogs, Freshness freshness) {
		this.catalogs = catalogs;
		this.freshness = freshness;
	}

	/** The lane another credential serves better, if the answers point to one. */
	public Optional<ShownLane> betterFit(Answers answers) {
		Catalog catalog = this.catalogs.current();
		return catalog.betterFit(answers.values())
			.map((lane) -> new ShownLane(lane, Provenance.of(catalog, this.freshness, lane)));
	}

}
