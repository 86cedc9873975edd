package com.certadvisor.seo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.certadvisor.Html;
import com.certadvisor.web.Routes;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a link shows when it is pasted into a chat, an email or a social network, and what
 * crawlers read: checked by parsing each page kind's head in both languages, on a site
 * with a public address set.
 */
@SpringBootTest(properties = "cert-advisor.public-url=https://advisor.example.edu")
@AutoConfigureMockMvc
class LinkPreviewTests {

	private static final String ORIGIN = "https://advisor.example.edu";

	@Autowired
	private MockMvcTester mvc;

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(URI.create(uri)).header("Host", "evil.example").exchange();
	}

	private Document head(String uri) {
		MvcTestResult result = this.mvc.get().uri(URI.create(uri)).exchange();
		return Html.parse(result);
	}

	private static String meta(Document page, String attribute, String name) {
		return page.select("head meta[" + attribute + "=" + name + "]").attr("content");
	}

	@Nested
	class EveryPageKind {

		@ParameterizedTest
		@CsvSource({ "/, START, en, /", "/?lang=es, START, es, /?lang=es",
				"/questions/setting, QUESTION, en, /questions/setting",
				"/questions/setting?lang=es, QUESTION, es, /questions/setting?lang=es",
				"/recommendation?setting=inpatient, RESULT, en, /recommendation?setting=inpatient",
				"/recommendation?setting=inpatient&lang=es, RESULT, es, /recommendation?setting=inpatient&lang=es",
				"/compare, COMPARE, en, /compare", "/compare?lang=es, COMPARE, es, /compare?lang=es",
				"/counselor, COUNSELOR, en, /counselor", "/counselor?lang=es, COUNSELOR, es, /counselor?lang=es",
				"/sources, SOURCES, en, /sources", "/sources?lang=es, SOURCES, es, /sources?lang=es" })
		void hasADescriptionAPreviewCardAndWhereIndexedACanonicalLinkAndLanguages(String uri, PageKind kind,
				String language, String canonical) throws IOException {
			Document page = head(uri);
			String description = meta(page, "property", "og:description");
			assertThat(description).hasSizeBetween(50, 300);
			if (kind.indexed()) {
				assertThat(meta(page, "name", "description")).isEqualTo(description);
				assertThat(page.select("head link[rel=canonical]").attr("href")).isEqualTo(ORIGIN + canonical);
				assertThat(page.select("head link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en",
						"es", "x-default");
				assertThat(page.select("head link[rel=alternate][hreflang=es]").attr("href")).startsWith(ORIGIN)
					.contains("lang=es");
			}
			else {
				assertThat(
						page.select("head meta[name=description], head link[rel=canonical], head link[rel=alternate]"))
					.as("a noindex page has no description for search engines, canonical address or language alternates")
					.isEmpty();
			}
			assertThat(meta(page, "property", "og:title")).isNotBlank();
			assertThat(meta(page, "property", "og:url")).isEqualTo(ORIGIN + canonical);
			assertThat(meta(page, "property", "og:locale")).isEqualTo(language.equals("es") ? "es_ES" : "en_US");
			assertThat(meta(page, "property", "og:image:alt")).startsWith("Cert Advisor");
			assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
			String image = meta(page, "property", "og:image");
			assertThat(page.select("head meta[name=twitter:title], head meta[name=twitter:image]"))
				.as("X falls back to og:title and og:image")
				.isEmpty();
			assertThat(image).startsWith(ORIGIN + "/previews/" + kind.name().toLowerCase() + "-" + language + "-")
				.endsWith(".png");
			MvcTestResult png = get(image.substring(ORIGIN.length()));
			assertThat(png).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
			assertThat(png.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");
			var picture = ImageIO.read(new ByteArrayInputStream(png.getResponse().getContentAsByteArray()));
			assertThat(picture.getWidth()).isEqualTo(1200);
			assertThat(picture.getHeight()).isEqualTo(630);
			assertThat(page.select("head meta[name=robots]").attr("content"))
				.isEqualTo(kind.indexed() ? "" : "noindex");
		}

		@Test
		void eachKindAndLanguageDescribesItselfDifferently() {
			List<String> descriptions = List
				.of("/", "/?lang=es", "/compare", "/compare?lang=es", "/sources", "/counselor", "/recommendation")
				.stream()
				.map((uri) -> meta(head(uri), "property", "og:description"))
				.toList();
			assertThat(descriptions).doesNotHaveDuplicates();
		}

	}

	@Nested
	class PersonalPages {

		@ParameterizedTest
		@ValueSource(strings = { "/recommendation", "/recommendation/other-answers?setting=inpatient",
				"/questions/role?setting=inpatient", "/check?setting=inpatient", "/counselor?setting=inpatient",
				"/counselor/handout?setting=inpatient", "/?setting=inpatient" })
		void withAnswersOrAResultAreNotIndexed(String uri) {
			assertThat(head(uri).select("head meta[name=robots]").attr("content")).isEqualTo("noindex");
		}

		@Test
		void errorPagesAreNotIndexedAndNameTheAddressAskedFor() {
			MvcTestResult result = LinkPreviewTests.this.mvc.get()
				.uri("/recommendation?setting=hospital")
				.accept(MediaType.TEXT_HTML)
				.exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = Html.parse(result);
			assertThat(page.select("head meta[name=robots]").attr("content")).isEqualTo("noindex");
			assertThat(meta(page, "property", "og:description")).isNotBlank();
			assertThat(meta(page, "property", "og:url")).isEqualTo(ORIGIN + "/recommendation?setting=hospital");
		}

	}

	@Nested
	class SmallFiles {

		@Test
		void robotsTxtPointsToTheSitemapAtThePublicAddressAndLetsCrawlersReadNoindex() throws Exception {
			MvcTestResult result = get("/robots.txt");
			assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
			String robots = result.getResponse().getContentAsString();
			assertThat(robots).contains("User-agent: *")
				.contains("Sitemap: " + ORIGIN + "/sitemap.xml")
				.contains("Disallow: /api/")
				.doesNotContain("Disallow: /recommendation")
				.doesNotContain("evil.example");
		}

		@Test
		void sitemapListsThePublicPagesInBothLanguagesAndNoResultPage() throws Exception {
			MvcTestResult result = get("/sitemap.xml");
			assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_XML);
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			org.w3c.dom.Document xml = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
			NodeList locations = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
			List<String> pages = new java.util.ArrayList<>();
			for (int i = 0; i < locations.getLength(); i++) {
				pages.add(locations.item(i).getTextContent());
			}
			assertThat(pages).hasSize(Routes.SITEMAP.size() * 2)
				.contains(ORIGIN + "/", ORIGIN + "/?lang=es", ORIGIN + "/compare", ORIGIN + "/compare?lang=es",
						ORIGIN + "/counselor?lang=es", ORIGIN + "/sources")
				.noneMatch((page) -> page.contains("recommendation"));
			assertThat(xml.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link").getLength())
				.isEqualTo(pages.size() * 3);
			for (String page : pages) {
				assertThat(get(page.substring(ORIGIN.length()))).as(page).hasStatusOk();
			}
		}

		@ParameterizedTest
		@CsvSource({ "/favicon.ico, image/x-icon", "/icon.svg, image/svg+xml", "/apple-touch-icon.png, image/png" })
		void iconsAreServedWhereBrowsersLookForThem(String path, String type) {
			MvcTestResult result = get(path);
			assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(type);
			assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=604800, public");
		}

		@Test
		void everyPageLinksTheIcons() {
			Document page = head("/compare");
			assertThat(page.select("head link[rel=icon]").eachAttr("href")).containsExactly("/favicon.ico",
					"/icon.svg");
			assertThat(page.select("head link[rel=apple-touch-icon]").attr("href")).isEqualTo("/apple-touch-icon.png");
		}

	}

}
