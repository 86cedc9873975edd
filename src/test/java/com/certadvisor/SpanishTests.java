package com.certadvisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.certadvisor.Fixtures.messages;
import static org.assertj.core.api.Assertions.assertThat;

/** Every page in Spanish, and the language kept through links and share links. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SpanishTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private CatalogSource catalogs;

	private HttpResponse<String> get(String path, String acceptLanguage) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("Accept-Language", acceptLanguage)
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** English sentences a fully Spanish page must not contain. */
	private List<String> englishSentences() {
		Properties english = messages("messages.properties");
		Properties spanish = messages("messages_es.properties");
		List<String> fromMessages = english.stringPropertyNames()
			.stream()
			.map(english::getProperty)
			.filter((text) -> text.length() >= 25 && !text.contains("{") && !spanish.containsValue(text))
			.toList();
		Catalog catalog = this.catalogs.current();
		List<String> fromCatalog = catalog.texts()
			.values()
			.stream()
			.filter((text) -> text.length() >= 25 && !text.equals(catalog.translate(text, "es")))
			.toList();
		return Stream.concat(fromMessages.stream(), fromCatalog.stream()).toList();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/, 200", "/questions/setting?setting=inpatient, 200", "/questions/education, 200",
			"/check?setting=inpatient&role=unsure, 200", "/recommendation?setting=outpatient&experience=none, 200",
			"/recommendation?setting=unsure, 200", "/compare?membership=ahima, 200",
			"/compare?view=differences&setting=inpatient, 200", "/counselor?setting=inpatient, 200",
			"/counselor/handout?setting=inpatient, 200", "/recommendation?setting=hospital, 400",
			"/compare?view=sideways, 400", "/no-such-page, 404", "/sources, 200",
			"/recommendation?setting=inpatient&edition=2026-11-26, 200", "/compare?edition=someday, 400" })
	void everyPageIsFullySpanish(String path, int status) {
		String separator = path.contains("?") ? "&" : "?";
		HttpResponse<String> response = get(path + separator + "lang=es", "en");
		assertThat(response.statusCode()).isEqualTo(status);
		Document page = Html.parse(response.body());
		assertThat(page.select("html").attr("lang")).isEqualTo("es");
		String text = page.text();
		assertThat(englishSentences()).allSatisfy((english) -> assertThat(text).doesNotContain(english));
	}

	@Test
	void followsTheBrowsersLanguageWithoutAParameter() {
		Document page = Html.parse(get("/", "es-MX,es;q=0.9,en;q=0.5").body());
		assertThat(page.select("html").attr("lang")).isEqualTo("es");
		assertThat(Html.parse(get("/", "fr-FR").body()).select("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void keepsAnExplicitLanguageInEveryPageLinkAndForm() {
		Document page = Html.parse(get("/questions/role?setting=inpatient&lang=es", "en").body());
		assertThat(page.select("a[href^=/]").eachAttr("href")).allSatisfy((href) -> assertThat(href).contains("lang="));
		assertThat(page.select("form input[type=hidden][name=lang]").attr("value")).isEqualTo("es");
		assertThat(page.select("link[rel=stylesheet]").attr("href")).doesNotContain("lang=");
		assertThat(page.select(".languages a[hreflang=en]").attr("href")).contains("lang=en");
	}

	@Test
	void aSpanishShareLinkOpensInSpanishWhateverTheReceiversBrowser() {
		Document result = Html.parse(get("/recommendation?setting=inpatient", "es").body());
		String shareLink = result.select("#share-link").attr("value");
		assertThat(shareLink).endsWith("&lang=es&edition=2026-12-07.4");
		Document opened = Html
			.parse(get(URI.create(shareLink).getRawPath() + "?" + URI.create(shareLink).getRawQuery(), "en-US").body());
		assertThat(opened.select("html").attr("lang")).isEqualTo("es");
		assertThat(opened.select("h1").text()).isEqualTo(result.select("h1").text());
	}

	@Test
	void anUnknownLanguageGetsABadRequestPage() {
		HttpResponse<String> response = get("/compare?lang=fr&membership=aapc", "en");
		assertThat(response.statusCode()).isEqualTo(400);
		Document page = Html.parse(response.body());
		assertThat(page.select(".problem__what").text())
			.isEqualTo("“fr” is not a value “lang” takes. It takes: en, es.");
		assertThat(page.select("a.button").attr("href")).isEqualTo("/compare?membership=aapc");
	}

}
