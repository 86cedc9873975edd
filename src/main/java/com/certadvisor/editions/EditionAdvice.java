package com.certadvisor.editions;

import com.certadvisor.catalog.CatalogSource;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page opened from a link of an older catalog edition the notice of what
 * changed since. A malformed {@code edition} never gets here: it is a 400 first
 * ({@code errors.DisplayParameterCheck}).
 */
@ControllerAdvice
class EditionAdvice {

	private final CatalogSource catalogs;

	EditionAdvice(CatalogSource catalogs) {
		this.catalogs = catalogs;
	}

	@ModelAttribute("editionNotice")
	Editions.@Nullable Notice editionNotice(HttpServletRequest request) {
		String edition = request.getParameter(Editions.PARAMETER);
		return (edition != null) ? Editions.notice(edition, this.catalogs.current()).orElse(null) : null;
	}

}
