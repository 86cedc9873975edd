package com.certadvisor.classes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application with its database down (nothing listens on port 1): it starts, every
 * advice page works, class routes say "not available right now" with a 503, and only the
 * class summaries' own health group says so, so the pods stay in service.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/certadvisor",
				"spring.datasource.username=certadvisor", "spring.data.jdbc.dialect=postgresql" })
class ClassDatabaseDownTests {

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private SubmissionTokens tokens;

	@Autowired
	private Clock clock;

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder post(String path, String form) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
	}

	@Test
	void classRoutesSayTheyAreNotAvailableAndLoseNothing() throws IOException, InterruptedException {
		String id = "0123456789";
		String token = this.tokens.token(id, "setting=inpatient", LocalDate.now(this.clock));
		String key = "a".repeat(26);
		for (HttpRequest.Builder request : List.of(post("/classes", "label=x"),
				post("/classes/" + id + "/results",
						"answers=setting%3Dinpatient&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)),
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/classes/" + id + "/" + key)),
				post("/classes/" + id + "/" + key + "/delete", ""))) {
			HttpResponse<String> response = send(request);
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(response.body()).contains("Class summaries are not available right now");
		}
		HttpResponse<String> api = send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/classes/" + id + "/" + key)));
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> result = send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/recommendation?setting=inpatient&class=" + id)));
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("action=\"/classes/" + id + "/results\"");
	}

	@ParameterizedTest
	@CsvSource({ "public, /, 200", "public, /recommendation?setting=inpatient, 200", "public, /compare?lang=es, 200",
			"public, /api/recommendation?setting=outpatient, 200", "public, /livez, 200", "public, /readyz, 200",
			"management, /actuator/health/liveness, 200", "management, /actuator/health/readiness, 200",
			"management, /actuator/health/classes, 503" })
	void adviceWorksAndOnlyTheClassesHealthGroupIsDown(String port, String path, int status)
			throws IOException, InterruptedException {
		int number = "public".equals(port) ? this.port : this.managementPort;
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + number + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(status);
	}

}
