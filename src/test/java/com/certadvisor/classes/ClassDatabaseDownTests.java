package com.certadvisor.classes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application with its database down (nothing listens on port 1): it starts, every
 * advice page works, and only the class summaries' own health group says so, so the pods
 * stay in service.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/certadvisor",
				"spring.datasource.username=certadvisor", "spring.data.jdbc.dialect=postgresql" })
class ClassDatabaseDownTests {

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@CsvSource({ "/, 200", "/recommendation?setting=inpatient, 200", "/compare?lang=es, 200",
			"/api/recommendation?setting=outpatient, 200", "/actuator/health/liveness, 200",
			"/actuator/health/readiness, 200", "/actuator/health/classes, 503" })
	void adviceWorksAndOnlyTheClassesHealthGroupIsDown(String path, int status)
			throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(status);
	}

}
