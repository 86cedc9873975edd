package com.certadvisor.editions;

import java.io.IOException;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.web.RequestPipeline;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves each request from one catalog even if the catalog is reloaded meanwhile: answers
 * checked against one edition are never scored or rendered with another. First of all
 * filters, so the ETag and the page see the same one; error pages are pinned as well.
 */
@Component
@Order(RequestPipeline.CATALOG_PIN)
class CatalogPinning extends OncePerRequestFilter {

	private final CatalogSource catalogs;

	CatalogPinning(CatalogSource catalogs) {
		this.catalogs = catalogs;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (CatalogSource.Pin pin = this.catalogs.pin()) {
			chain.doFilter(request, response);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
