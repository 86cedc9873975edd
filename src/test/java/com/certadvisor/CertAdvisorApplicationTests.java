package com.certadvisor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the real application and uses it over HTTP as a browser without JavaScript
 * would: following links and submitting the GET forms.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CertAdvisorApplicationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	private HttpResponse<String> get(String pathAndQuery) {
		return Http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + pathAndQuery))
			.header("Accept", "text/html")
			.build());
	}

	private Document page(String pathAndQuery) {
		HttpResponse<String> response = get(pathAndQuery);
		assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
		return Html.parse(response.body());
	}

	/**
	 * Submits a question's form as a browser does: the step it goes to redirects to the
	 * next question asked.
	 */
	private Document submit(String pathAndQuery) {
		HttpResponse<String> step = get(pathAndQuery);
		assertThat(step.statusCode()).as(pathAndQuery).isEqualTo(302);
		URI next = URI.create(step.headers().firstValue("Location").orElseThrow());
		return page(next.getRawPath() + ((next.getRawQuery() != null) ? "?" + next.getRawQuery() : ""));
	}

	/**
	 * Picks {@code choices} for the questions they name, skips the rest, submits each
	 * form.
	 */
	private Document answerEveryQuestion(Map<String, String> choices) {
		Document page = page(page("/").select("a.button--start").attr("href"));
		int asked = 0;
		while (page.selectFirst("form fieldset") != null) {
			asked++;
			Element form = page.selectFirst("form");
			String question = form.select("input[type=radio]").attr("name");
			Map<String, String> fields = new LinkedHashMap<>();
			form.select("input[type=hidden]").forEach((input) -> fields.put(input.attr("name"), input.attr("value")));
			String choice = choices.get(question);
			if (choice != null) {
				assertThat(form.select("input[type=radio][value=" + choice + "]")).as(question).hasSize(1);
				fields.put(question, choice);
			}
			page = submit(form.attr("action") + "?"
					+ fields.entrySet()
						.stream()
						.map((field) -> field.getKey() + "=" + field.getValue())
						.collect(Collectors.joining("&")));
		}
		assertThat(asked).isEqualTo(expectedQuestions(choices));
		assertThat(page.select("h1").text()).isEqualTo("Check your answers");
		return page(page.select("a:contains(See my recommendation)").attr("href"));
	}

	/** Nine questions, and one more for each follow-up the choices call for. */
	private static int expectedQuestions(Map<String, String> choices) {
		return 9 + (List.of("outpatient", "inpatient", "both").contains(choices.getOrDefault("experience", "")) ? 1 : 0)
				+ ("credential".equals(choices.get("education")) ? 1 : 0);
	}

	@Nested
	class WholeQuestionnaire {

		@Test
		void beginnerWhoWantsAPhysicianOfficeGetsCpc() {
			Document result = answerEveryQuestion(Map.of("setting", "outpatient", "role", "outpatient-coder",
					"experience", "none", "education", "none", "timeline", "asap"));
			assertThat(result.select("h1").text()).isEqualTo("We recommend the CPC (Certified Professional Coder)");
			assertThat(result.select(".reasons li")).hasSize(3);
			assertThat(result.select("thead th.recommended").text()).startsWith("CPC");
			assertThat(result.select("ul.facts li")).isNotEmpty()
				.allSatisfy((fact) -> assertThat(fact.select("small").text()).startsWith("Source:").contains("as of"));
			assertThat(result.select("section.plan h2").text()).isEqualTo("Your plan for the CPC");
		}

		@Test
		void himGraduateWithInpatientExperienceGetsCcs() {
			Document result = answerEveryQuestion(Map.of("education", "him-degree", "experience", "inpatient",
					"setting", "inpatient", "depth", "eager", "membership", "ahima"));
			assertThat(result.select("h1").text()).isEqualTo("We recommend the CCS (Certified Coding Specialist)");
			assertThat(result.select("#row-exam-fee td[data-label=CCS]").text()).contains("$299 for AHIMA members")
				.doesNotContain("$399");
		}

		@Test
		void skippingEverythingGivesEither() {
			Document result = answerEveryQuestion(Map.of());
			assertThat(result.select("h1").text()).isEqualTo("Either certification could suit you");
		}

		@Test
		void sharedResultLinkOpensTheSamePage() {
			Document result = answerEveryQuestion(Map.of("setting", "inpatient", "goal", "lead-manage"));
			String shareLink = result.select("#share-link").attr("value");
			assertThat(shareLink).startsWith("http://localhost:" + port + "/recommendation?")
				.endsWith("&lang=en&edition=2026-12-07.4");
			Document reopened = page(shareLink.substring(("http://localhost:" + port).length()));
			for (String part : List.of("h1", ".numbers", ".reasons", "section.plan", ".flips", ".comparison__table")) {
				assertThat(reopened.select(part).text()).as(part).isEqualTo(result.select(part).text());
			}
		}

	}

	@Nested
	class ErrorPages {

		@Test
		void unknownPathGetsAFriendlyNotFoundPageInTheLayout() {
			HttpResponse<String> response = get("/no-such-page");
			assertThat(response.statusCode()).isEqualTo(404);
			Document page = Html.parse(response.body());
			assertThat(page.select("h1").text()).isEqualTo("Page not found");
			assertThat(page.select("header.site-header")).hasSize(1);
			assertThat(response.body()).doesNotContain("Whitelabel").doesNotContain("Exception");
		}

		@Test
		void rawScriptInALinkGetsTheBadRequestPageEscaped() {
			String response = rawGet("/recommendation?role=<script>alert(1)</script>&setting=inpatient");
			assertThat(response).startsWith("HTTP/1.1 400")
				.doesNotContain("<script>alert(1)</script>")
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
			assertThat(Html.parse(response).select("a.button").attr("href"))
				.isEqualTo("/recommendation?setting=inpatient");
		}

		/**
		 * Sends the request target byte for byte, as a hand-edited link or a script
		 * might.
		 */
		private String rawGet(String target) {
			return rawGet(target, "text/html", "en");
		}

		private String rawGet(String target, String accept, String language) {
			return Http.raw(port, target, "localhost", "Accept: " + accept, "Accept-Language: " + language);
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "/%2e%2e/%2e%2e/etc/passwd|en|This link is damaged|parts no page of this site has",
						"/questions/%2E%2E/%2e%2e/%2e%2e/x|es|Este enlace está dañado|como “..”",
						"/recommendation?setting=%ZZ|en|This link is damaged|not followed by two hexadecimal digits",
						"/compare?membership=%C3%28|es|Este enlace está dañado|no son texto válido",
						"/?utm_source=%G1&setting=inpatient|en|This link is damaged|hexadecimal" })
		void aDamagedLinkGetsTheSitesOwnPageInTheReadersLanguage(String target, String language, String heading,
				String why) {
			String response = rawGet(target, "text/html", language);
			assertThat(response).startsWith("HTTP/1.1 400")
				.doesNotContain("HTTP Status 400")
				.contains("Content-Security-Policy");
			Document page = Html.parse(response.substring(response.indexOf("<!DOCTYPE")));
			assertThat(page.select("html").attr("lang")).isEqualTo(language);
			assertThat(page.select("header.site-header")).hasSize(1);
			assertThat(page.select("h1").text()).isEqualTo(heading);
			assertThat(page.select("[role=alert]").text()).contains(why);
		}

		@Test
		void moreParametersThanTheContainerReadsGetTheSitesOwnPage() {
			String query = String.join("&", Collections.nCopies(1001, "a=1"));
			String response = rawGet("/recommendation?" + query, "text/html", "en");
			assertThat(response).startsWith("HTTP/1.1 400");
			assertThat(Html.parse(response).select("[role=alert]").text()).contains("more than 1,000 parameters");
			assertThat(rawGet("/api/recommendation?" + query, "application/json", "en")).startsWith("HTTP/1.1 400")
				.contains("application/problem+json")
				.contains("more than 1000 parameters");
		}

		@ParameterizedTest
		@ValueSource(strings = { "/api/recommendation?setting=%ZZ", "/api/%2e%2e/%2e%2e/etc/passwd",
				"/api/questions?lang=%E0%A4" })
		void aDamagedApiLinkGetsProblemDetails(String target) {
			String response = rawGet(target, "application/json", "en");
			assertThat(response).startsWith("HTTP/1.1 400")
				.containsIgnoringCase("Content-Type: application/problem+json")
				.contains("\"title\":\"Malformed link\"")
				.contains("\"type\":\"/api#malformed-link\"")
				.contains("\"instance\":\"" + target.replaceAll("\\?.*", "") + "\"");
		}

		@Test
		void thePageThatExplainsADamagedPathIsNotAPageOfItsOwn() {
			assertThat(get("/malformed-link").statusCode()).isEqualTo(404);
		}

		@Test
		void aMethodOrAHeaderTheFirewallRejectsGetsAPlain400NotAServerError() throws IOException {
			try (Socket socket = new Socket("localhost", port)) {
				socket.getOutputStream()
					.write("FOO / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
						.getBytes(StandardCharsets.US_ASCII));
				assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
					.startsWith("HTTP/1.1 400");
			}
			try (Socket socket = new Socket("localhost", port)) {
				socket.getOutputStream()
					.write("GET / HTTP/1.1\r\nHost: localhost\r\nAccept-Language: e\u0085s\r\nConnection: close\r\n\r\n"
						.getBytes(StandardCharsets.ISO_8859_1));
				assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
					.startsWith("HTTP/1.1 400");
			}
		}

		@Test
		void aParameterNameTheFirewallRejectsGetsTheDamagedLinkPage() {
			String response = rawGet("/recommendation?%01=x&setting=inpatient");
			assertThat(response).startsWith("HTTP/1.1 400").contains("Content-Security-Policy");
			assertThat(Html.parse(response).select("h1").text()).isEqualTo("This link is damaged");
		}

		@Test
		void wrongMethodGetsAClientErrorPageNotAStackTrace() throws Exception {
			HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/check"))
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.noBody())
				.build();
			HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(405);
			assertThat(Html.parse(response.body()).select("h1").text()).isEqualTo("This request could not be handled");
		}

	}

	@Nested
	class HardeningHeaders {

		@ParameterizedTest
		@ValueSource(strings = { "/", "/questions/setting?setting=inpatient", "/check",
				"/recommendation?setting=inpatient", "/compare", "/css/site.css", "/no-such-page",
				"/recommendation?setting=hospital", "/compare?view=x", "/livez" })
		void areOnEveryKindOfResponseAndNoCookieIsEverSet(String path) {
			HttpResponse<String> response = get(path);
			HttpHeaders headers = response.headers();
			assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> assertThat(csp)
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline"));
			assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
			assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(
					(policy) -> assertThat(policy).contains("camera=()", "geolocation=()", "microphone=()"));
			assertThat(headers.allValues("Set-Cookie")).isEmpty();
			// Plain HTTP here: HSTS is only sent over HTTPS.
			assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
		}

	}

	@Nested
	class Caching {

		private HttpResponse<String> get(String path, String header, String value) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html")
				.header(header, value)
				.build();
			try {
				return http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@ParameterizedTest
		@ValueSource(strings = { "/", "/questions/role?setting=inpatient", "/check",
				"/recommendation?setting=inpatient", "/compare?view=differences" })
		void pagesSendAStrongEtagAndAnswerARepeatWith304(String path) {
			HttpResponse<String> first = CertAdvisorApplicationTests.this.get(path);
			String etag = first.headers().firstValue("ETag").orElseThrow();
			assertThat(etag).matches("\"[0-9a-f]{32}\"");
			assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
			HttpResponse<String> repeat = get(path, "If-None-Match", etag);
			assertThat(repeat.statusCode()).isEqualTo(304);
			assertThat(repeat.body()).isEmpty();
			assertThat(repeat.headers().firstValue("ETag")).hasValue(etag);
			assertThat(repeat.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		}

		@Test
		void aPageServedAgainFromMemoryIsTheSameBytesWithEveryHeader() {
			String path = "/recommendation?setting=unsure&timeline=no-rush&depth=open&lang=es";
			HttpResponse<String> first = CertAdvisorApplicationTests.this.get(path);
			HttpResponse<String> again = CertAdvisorApplicationTests.this.get(path);
			assertThat(again.statusCode()).isEqualTo(200);
			assertThat(again.body()).isEqualTo(first.body()).contains("lang=\"es\"");
			Map<String, List<String>> headers = new LinkedHashMap<>(first.headers().map());
			headers.remove("date");
			assertThat(again.headers().map()).containsAllEntriesOf(headers)
				.containsKeys("content-security-policy", "etag", "content-language", "content-length");
		}

		@Test
		void differentAnswersGetDifferentEtags() {
			String inpatient = CertAdvisorApplicationTests.this.get("/recommendation?setting=inpatient")
				.headers()
				.firstValue("ETag")
				.orElseThrow();
			HttpResponse<String> outpatient = get("/recommendation?setting=outpatient", "If-None-Match", inpatient);
			assertThat(outpatient.statusCode()).isEqualTo(200);
			assertThat(outpatient.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(inpatient));
		}

		@Test
		void badInputIsNotCached() {
			HttpResponse<String> response = CertAdvisorApplicationTests.this.get("/recommendation?setting=hospital");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.headers().firstValue("ETag")).isEmpty();
			assertThat(response.headers().firstValue("Cache-Control")).isEmpty();
		}

		@Test
		void stylesheetIsFingerprintedAndCachedForAYear() {
			String href = page("/").select("link[rel=stylesheet]").attr("href");
			assertThat(href).matches("/css/site-[0-9a-f]{32}\\.css");
			HttpResponse<String> css = CertAdvisorApplicationTests.this.get(href);
			assertThat(css.statusCode()).isEqualTo(200);
			assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		}

		@Test
		void compressesPagesKeepingAStrongEtagForEachEncoding() throws IOException, InterruptedException {
			HttpRequest gzipped = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/compare"))
				.header("Accept-Encoding", "gzip")
				.build();
			HttpResponse<byte[]> response = http.send(gzipped, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
			String html = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
					StandardCharsets.UTF_8);
			assertThat(html).contains("CPC and CCS side by side").endsWith("</html>\n");
			String gzipTag = response.headers().firstValue("ETag").orElseThrow();
			String plainTag = CertAdvisorApplicationTests.this.get("/compare")
				.headers()
				.firstValue("ETag")
				.orElseThrow();
			assertThat(gzipTag).doesNotStartWith("W/").isNotEqualTo(plainTag);
			assertThat(response.headers().firstValue("Vary"))
				.hasValueSatisfying((vary) -> assertThat(vary).contains("Accept-Encoding"));
			HttpRequest repeat = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/compare"))
				.header("Accept-Encoding", "gzip")
				.header("If-None-Match", gzipTag)
				.build();
			assertThat(http.send(repeat, HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(304);
		}

		@Test
		void compressesForClientsThatAcceptGzip() throws IOException, InterruptedException {
			String href = page("/").select("link[rel=stylesheet]").attr("href");
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + href))
				.header("Accept-Encoding", "gzip")
				.build();
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
			String css = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
					StandardCharsets.UTF_8);
			assertThat(css).contains(".comparison__table");
		}

	}

	@Nested
	class JsonApi {

		private HttpResponse<String> getAny(String path) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
			try {
				return http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Test
		void openApiDocumentDescribesEveryEndpoint() {
			HttpResponse<String> document = getAny("/api/openapi");
			assertThat(document.statusCode()).isEqualTo(200);
			assertThat(document.body()).contains("\"/api/questions\"", "\"/api/comparison\"", "\"/api/recommendation\"",
					"\"/api/classes/{id}/{key}\"", "\"title\":\"Cert Advisor API\"",
					"\"enum\":[\"outpatient\",\"hospital-outpatient\",\"inpatient\",\"health-plan\",\"unsure\"]",
					"Which credential do you hold? Asked only when education=credential; given anyway, it is read as"
							+ " given.");
			assertThat(JsonPath.<Map<String, Object>>read(document.body(), "$.components.schemas.ApiCosts.properties"))
				.containsKeys("route", "total", "atLeast", "parts", "ifNeeded");
			assertThat(JsonPath.<Map<String, Object>>read(document.body(),
					"$.components.schemas.ApiRecommendation.properties"))
				.containsKeys("funding", "passRate", "entryPay");
		}

		/**
		 * What an OpenAPI linter's recommended rules ask (Redocly's security-defined,
		 * operation-4xx-response and parameter schemas): every operation says it is
		 * public, answers bad input with a 4xx, and gives every parameter a schema. The
		 * advice answers bad input with a 400; a class summary any id or key it cannot
		 * open with a 404, and a 503 while class summaries are not available.
		 */
		@Test
		@SuppressWarnings("unchecked")
		void openApiDocumentDeclaresEveryOperationPublicWithA4xxAndSchemasForEveryParameter() {
			String document = getAny("/api/openapi").body();
			List<Map<String, Object>> operations = JsonPath.read(document, "$.paths.*.get");
			assertThat(operations).hasSize(4).allSatisfy((operation) -> {
				assertThat(operation.get("security")).as("security").isEqualTo(List.of());
				assertThat(((Map<String, Object>) operation.get("responses")).keySet())
					.anyMatch((s) -> s.startsWith("4"));
				assertThat((List<Map<String, Object>>) operation.get("parameters"))
					.allSatisfy((parameter) -> assertThat(parameter).containsKey("schema"));
			});
			for (String advice : List.of("/api/questions", "/api/comparison", "/api/recommendation")) {
				assertThat(JsonPath.<Map<String, Object>>read(document, "$.paths['" + advice + "'].get.responses"))
					.as(advice)
					.containsKey("400");
			}
			String summary = "$.paths['/api/classes/{id}/{key}'].get";
			assertThat(JsonPath.<Map<String, Object>>read(document, summary + ".responses")).containsKeys("200", "404",
					"503");
			List<Boolean> required = JsonPath.read(document, summary + ".parameters[?(@.in == 'path')].required");
			assertThat(required).containsExactly(true, true);
			List<String> membership = JsonPath.read(document,
					"$.paths['/api/comparison'].get.parameters[?(@.name == 'membership')].schema.enum[*]");
			assertThat(membership).containsExactly("aapc", "ahima", "none");
			List<String> edition = JsonPath.read(document,
					"$.paths['/api/recommendation'].get.parameters[?(@.name == 'edition')].schema.pattern");
			assertThat(edition).singleElement().asString().startsWith("^\\d{4}-\\d{2}-\\d{2}");
			List<String> start = JsonPath.read(document,
					"$.paths['/api/recommendation'].get.parameters[?(@.name == 'start')].schema.pattern");
			assertThat(start).containsExactly("^\\d{4}-\\d{2}$");
		}

		@Test
		void browsableDocumentationIsServed() {
			HttpResponse<String> redirect = getAny("/api/docs");
			assertThat(redirect.statusCode()).isEqualTo(302);
			String location = redirect.headers().firstValue("Location").orElseThrow();
			HttpResponse<String> ui = getAny(URI.create(location).getPath());
			assertThat(ui.statusCode()).isEqualTo(200);
			assertThat(ui.body()).contains("swagger-ui");
		}

	}

	@Nested
	class Operations {

		@Test
		void probesAnswerWhateverTheHostSinceKubeletsSendThePodsAddress() {
			for (String probe : List.of("/livez", "/readyz")) {
				assertThat(Http.raw(port, probe, "10.1.2.3:8080")).as(probe)
					.startsWith("HTTP/1.1 200")
					.contains("\"status\":\"UP\"");
			}
		}

		@Test
		void pagesRefuseAHostTheSiteDoesNotExpectAndSayWhichSettingToChange() {
			String answer = Http.raw(port, "/recommendation?setting=inpatient", "evil.example");
			assertThat(answer).startsWith("HTTP/1.1 400")
				.contains("cert-advisor.public-url")
				.doesNotContain("href=\"http://evil");
			assertThat(Http.raw(port, "/api/recommendation?setting=inpatient", "evil.example"))
				.startsWith("HTTP/1.1 400")
				.contains("application/problem+json")
				.contains("cert-advisor.allowed-hosts");
			assertThat(Http.raw(port, "/recommendation?setting=inpatient", "127.0.0.1:" + port))
				.startsWith("HTTP/1.1 200");
		}

	}

}
