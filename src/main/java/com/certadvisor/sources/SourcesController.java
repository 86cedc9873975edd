package com.certadvisor.sources;

import java.util.List;
import java.util.Map;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Tier;
import com.certadvisor.feedback.ReportLinks;
import com.certadvisor.links.PublicAddress;
import com.certadvisor.editions.Editions;
import com.certadvisor.web.Routes;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sources page: the catalog's edition, each source with its tier and the facts that
 * rest on it, how long each kind of fact is trusted, where sources disagree, what changed
 * and how to report an error.
 */
@Controller
class SourcesController {

	private final SourcesService sources;

	private final CatalogSource catalogs;

	private final ReportLinks reports;

	private final PublicAddress address;

	SourcesController(SourcesService sources, CatalogSource catalogs, ReportLinks reports, PublicAddress address) {
		this.sources = sources;
		this.catalogs = catalogs;
		this.reports = reports;
		this.address = address;
	}

	@GetMapping(Routes.SOURCES)
	String sources(Model model) {
		model.addAttribute("catalog", this.catalogs.current());
		Map<Tier, List<SourcesService.SourceSummary>> byTier = this.sources.byTier();
		model.addAttribute("official", byTier.get(Tier.OFFICIAL));
		model.addAttribute("thirdParty", byTier.get(Tier.THIRD_PARTY));
		String page = Editions.toShare(this.address.origin(), Routes.SOURCES, this.catalogs.current());
		String report = this.reports.link("sources", LocaleContextHolder.getLocale());
		model.addAttribute("reportLink", (report != null) ? this.reports.withPage(report, page) : null);
		return "sources/sources";
	}

}
