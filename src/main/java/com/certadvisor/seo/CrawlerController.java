package com.certadvisor.seo;

import java.time.Duration;
import java.util.List;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.i18n.Languages;
import com.certadvisor.links.PublicAddress;
import com.certadvisor.web.Routes;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code robots.txt} and {@code sitemap.xml}: the public pages in both languages, each
 * naming the other. Result pages are personal, so they are left out, and their
 * {@code noindex} is left for crawlers to read rather than hidden behind a
 * {@code Disallow}.
 */
@Controller
class CrawlerController {

	private static final CacheControl DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final PublicAddress address;

	private final CatalogSource catalogs;

	CrawlerController(PublicAddress address, CatalogSource catalogs) {
		this.address = address;
		this.catalogs = catalogs;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Disallow: /api/
				Disallow: /plan.ics
				Disallow: /counselor/qr.png
				Disallow: /counselor/qr.svg

				Sitemap: %s/sitemap.xml
				""".formatted(this.address.origin());
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).cacheControl(DAY).body(robots);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		String modified = this.catalogs.current().edition().date().toString();
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
				""");
		for (String page : Routes.SITEMAP) {
			for (String language : Languages.SUPPORTED) {
				xml.append("  <url>\n    <loc>").append(absolute(page, language)).append("</loc>\n");
				xml.append("    <lastmod>").append(modified).append("</lastmod>\n");
				for (String other : Languages.SUPPORTED) {
					xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
						.append(other)
						.append("\" href=\"")
						.append(absolute(page, other))
						.append("\"/>\n");
				}
				xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
					.append(absolute(page, Languages.DEFAULT.getLanguage()))
					.append("\"/>\n  </url>\n");
			}
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).cacheControl(DAY).body(xml.toString());
	}

	private String absolute(String page, String language) {
		return HtmlUtils.htmlEscape(this.address.origin() + PageHeads.inLanguage(page, language));
	}

}
