package com.certadvisor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Question;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator scrapes: Prometheus metrics on the management port only, under the
 * names the alerts and the dashboard in deploy/ use, with labels that answers cannot
 * multiply.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MonitoringTests {

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private CatalogSource catalogs;

	private HttpResponse<String> get(int port, String pathAndQuery) {
		return Http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build());
	}

	private String scrape() {
		HttpResponse<String> response = get(this.managementPort, "/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** The sample whose name and labels are {@code series}, or -1 if there is none. */
	private double sample(String series) {
		return scrape().lines()
			.filter((line) -> line.startsWith(series + " "))
			.mapToDouble((line) -> Double.parseDouble(line.substring(series.length() + 1)))
			.findFirst()
			.orElse(-1);
	}

	@Nested
	class ManagementPort {

		@ParameterizedTest
		@ValueSource(strings = { "/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/actuator",
				"/actuator/health/classes", "/actuator/health/db" })
		void actuatorIsNotOnThePublicPort(String path) {
			assertThat(get(port, path).statusCode()).isEqualTo(404);
		}

		@ParameterizedTest
		@ValueSource(strings = { "/livez", "/readyz", "/actuator/health" })
		void theProbesAndAPlainHealthAreOnThePublicPortSayingNothingOfComponents(String path) {
			HttpResponse<String> health = get(port, path);
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
		}

		@ParameterizedTest
		@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
				"/actuator/health/classes" })
		void healthAndItsGroupsAreUpOnTheManagementPort(String path) {
			HttpResponse<String> health = get(managementPort, path);
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"");
		}

		@Test
		void onlyHealthInfoAndPrometheusAreExposed() {
			assertThat(get(managementPort, "/actuator/info").body()).contains("\"catalog\"");
			assertThat(scrape()).contains("# TYPE http_server_requests_seconds histogram");
			for (String hidden : List.of("/actuator/env", "/actuator/metrics", "/actuator/beans",
					"/actuator/heapdump")) {
				assertThat(get(managementPort, hidden).statusCode()).as(hidden).isEqualTo(404);
			}
		}

	}

	@Nested
	class Names {

		@Test
		void requestsAreTimedByRouteTemplateEvenWhenTheCacheAnswers() {
			String series = "http_server_requests_seconds_count{error=\"none\",exception=\"none\",method=\"GET\","
					+ "outcome=\"SUCCESS\",status=\"200\",uri=\"/questions/{questionId}\"}";
			double before = Math.max(0, sample(series));
			double hits = sample("cache_gets_total{cache=\"pages\",result=\"hit\"}");
			for (int i = 0; i < 2; i++) {
				assertThat(get(port, "/questions/setting?role=outpatient-coder").statusCode()).isEqualTo(200);
			}
			assertThat(sample("cache_gets_total{cache=\"pages\",result=\"hit\"}")).isGreaterThan(hits);
			assertThat(sample(series)).isEqualTo(before + 2);
			assertThat(scrape()).contains("uri=\"/questions/{questionId}\",le=\"0.5\"}")
				.doesNotContain("setting=", "outpatient-coder");
		}

		@Test
		void badLinksAreCountedByKindOfProblem() {
			double unknownValue = sample("cert_advisor_links_refused_total{problem=\"unknown_value\"}");
			double badCode = sample("cert_advisor_links_refused_total{problem=\"bad_code\"}");
			double tracking = sample("cert_advisor_links_tracking_dropped_total");
			assertThat(get(port, "/recommendation?setting=hospital").statusCode()).isEqualTo(400);
			assertThat(get(port, "/s/ZZZZZZZZ").statusCode()).isEqualTo(400);
			assertThat(get(port, "/compare?utm_source=newsletter").statusCode()).isEqualTo(200);
			assertThat(sample("cert_advisor_links_refused_total{problem=\"unknown_value\"}"))
				.isEqualTo(unknownValue + 1);
			assertThat(sample("cert_advisor_links_refused_total{problem=\"bad_code\"}")).isEqualTo(badCode + 1);
			assertThat(sample("cert_advisor_links_tracking_dropped_total")).isEqualTo(tracking + 1);
		}

		@Test
		void theCacheTheCatalogClassSubmissionsAndThePoolHaveTheirSeries() {
			String edition = catalogs.current().version();
			assertThat(scrape())
				.contains("cache_gets_total{cache=\"pages\",result=\"hit\"}",
						"cache_gets_total{cache=\"pages\",result=\"miss\"}", "cache_evictions_total{cache=\"pages\"}",
						"cache_eviction_weight_total{cache=\"pages\"}", "cache_size{cache=\"pages\"}",
						"cache_puts_total{cache=\"pages\"}", "cert_advisor_page_cache_size_bytes",
						"cert_advisor_catalog_edition{edition=\"" + edition + "\"} 1.0",
						"cert_advisor_catalog_reloads_total{outcome=\"refused\"}",
						"cert_advisor_catalog_reload_failing 0.0",
						"cert_advisor_class_submissions_total{outcome=\"added\"}",
						"cert_advisor_class_submissions_total{outcome=\"expired_form\"}",
						"cert_advisor_class_submissions_total{outcome=\"too_many\"}",
						"cert_advisor_class_submissions_total{outcome=\"unavailable\"}", "hikaricp_connections_active{")
				.doesNotContain("spring_security_");
		}

		@Test
		void everyMetricTheAlertsAndTheDashboardUseIsScraped() throws IOException {
			get(port, "/recommendation?setting=inpatient");
			String scraped = scrape();
			Pattern used = Pattern
				.compile("\\b(?:cert_advisor|cache|http_server_requests|hikaricp|jvm|process)_[a-z_]+");
			for (String file : List.of("deploy/monitoring.yaml", "deploy/grafana-dashboard.json")) {
				Matcher names = used.matcher(Files.readString(Path.of(file)));
				List<String> found = names.results().map(MatchResult::group).distinct().toList();
				assertThat(found).as(file)
					.isNotEmpty()
					.allSatisfy((name) -> assertThat(scraped).containsPattern("(?m)^" + Pattern.quote(name) + "[{ ]"));
			}
		}

		@Test
		void aForgedSubmissionIsCountedAsAnExpiredForm() {
			String series = "cert_advisor_class_submissions_total{outcome=\"expired_form\"}";
			double before = sample(series);
			HttpResponse<String> response = Http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/classes/0123456789/results"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("answers=setting%3Dinpatient&token=forged"))
					.build());
			assertThat(response.statusCode()).isBetween(400, 499);
			assertThat(sample(series)).isEqualTo(before + 1);
		}

	}

	@Nested
	class BoundedLabels {

		/**
		 * Every series but the JVM's, which grow with what the collector did, not with
		 * requests.
		 */
		private Set<String> series() {
			return scrape().lines()
				.filter((line) -> !line.startsWith("#") && !line.startsWith("jvm_"))
				.map((line) -> line.substring(0, line.lastIndexOf(' ')))
				.collect(Collectors.toSet());
		}

		@Test
		void aThousandDistinctAnswerSetsAddNoSeries() {
			sendLinks(new Random(1), 120);
			Set<String> before = series();
			Set<String> sent = sendLinks(new Random(2), 1_000);
			assertThat(sent).hasSize(1_000);
			Set<String> after = series();
			assertThat(after).as("series added").containsAll(before);
			after.removeAll(before);
			assertThat(after).as("series added").isEmpty();
		}

		/**
		 * Sends {@code count} distinct links of answers to every kind of route, some with
		 * a bad value, a made-up question, a tracking parameter, a class or a mistyped
		 * code, and returns them.
		 */
		private Set<String> sendLinks(Random random, int count) {
			List<Question> questions = catalogs.current().questions();
			Set<String> links = new HashSet<>();
			while (links.size() < count) {
				StringJoiner answers = new StringJoiner("&");
				for (Question question : questions) {
					if (random.nextInt(3) > 0) {
						answers.add(question.id() + "="
								+ question.options().get(random.nextInt(question.options().size())).value());
					}
				}
				String query = answers + "&n" + random.nextInt(1_000_000) + "=";
				String link = switch (links.size() % 8) {
					case 0 -> "/recommendation?" + query.substring(0, query.lastIndexOf("&n"));
					case 1 -> "/compare?" + answers;
					case 2 -> "/check?" + answers + "&utm_source=s" + random.nextInt(1_000_000);
					case 3 -> "/api/recommendation?" + answers;
					case 4 -> "/recommendation?" + query;
					case 5 -> "/questions/" + questions.get(random.nextInt(questions.size())).id() + "?" + answers;
					case 6 -> "/recommendation?" + answers + "&class=" + classId(random);
					// Never a valid code: U is no Crockford symbol, so every one is a
					// 400.
					default -> "/s/" + classId(random) + "U";
				};
				if (links.add(link)) {
					assertThat(get(port, link).statusCode()).as(link).isLessThan(500);
				}
			}
			return links;
		}

		private static String classId(Random random) {
			String symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
			StringBuilder id = new StringBuilder();
			for (int i = 0; i < 10; i++) {
				id.append(symbols.charAt(random.nextInt(symbols.length())));
			}
			return id.toString();
		}

	}

}
