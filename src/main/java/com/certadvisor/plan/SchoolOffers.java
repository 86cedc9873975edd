package com.certadvisor.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.Certification;

import org.springframework.stereotype.Service;

/**
 * The school's programmes a student can still join, for the credential a page is about:
 * what the result, the printed page, the handout and the API show first when a school
 * file names them.
 */
@Service
public class SchoolOffers {

	/**
	 * The most shown for one credential, so a school with many keeps the page short; the
	 * rest are on the school's site, which the offer links.
	 */
	static final int SHOWN = 3;

	private final Clock clock;

	public SchoolOffers(Clock clock) {
		this.clock = clock;
	}

	/** Those for {@code certification} still open today, in the school's order. */
	public List<ShownProgramme> offered(Catalog catalog, String certification) {
		LocalDate today = LocalDate.now(this.clock);
		return catalog.programmes(certification)
			.stream()
			.filter((programme) -> programme.open(today))
			.limit(SHOWN)
			.map((programme) -> new ShownProgramme(programme, programme.nextStart(today).orElse(null)))
			.toList();
	}

	/** Per certification id, in the catalog's order, those still open; none left out. */
	public Map<String, List<ShownProgramme>> offered(Catalog catalog) {
		Map<String, List<ShownProgramme>> offered = new LinkedHashMap<>();
		for (Certification certification : catalog.certifications()) {
			List<ShownProgramme> open = offered(catalog, certification.id());
			if (!open.isEmpty()) {
				offered.put(certification.id(), open);
			}
		}
		return offered;
	}

}
