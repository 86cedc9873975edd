package com.certadvisor.catalog;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * The catalog edition being served, at {@code /actuator/info}: after a school edits its
 * file, this says whether the reload took.
 */
@Component
class CatalogInfo implements InfoContributor {

	private final CatalogSource catalogs;

	CatalogInfo(CatalogSource catalogs) {
		this.catalogs = catalogs;
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("catalog", Map.of("version", this.catalogs.current().version()));
	}

}
