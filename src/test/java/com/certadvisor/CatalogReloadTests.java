package com.certadvisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static com.certadvisor.Fixtures.catalogFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A school's catalog file edited while the application runs, polled as in production but
 * every 100 ms: a valid edit is served, an invalid one is logged and the last good
 * catalog keeps serving.
 */
@SpringBootTest(properties = "cert-advisor.catalog.reload-interval=100ms")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
// Its poller watches a file that goes away with the class.
@DirtiesContext
class CatalogReloadTests {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	@TempDir
	private static Path dir;

	@Autowired
	private MockMvcTester mvc;

	@DynamicPropertySource
	static void schoolCatalog(DynamicPropertyRegistry registry) throws IOException {
		Files.writeString(file(), catalogFile("2027-01-01"));
		registry.add("cert-advisor.catalog.location", () -> "file:" + file());
	}

	private static Path file() {
		return dir.resolve("school.json");
	}

	private String startPage() {
		return Html.body(this.mvc.get().uri("/").exchange());
	}

	private String startPageETag() {
		return this.mvc.get().uri("/").exchange().getResponse().getHeader(HttpHeaders.ETAG);
	}

	private Object apiDocumentVersion() {
		return JsonPath.read(Html.body(this.mvc.get().uri("/api/openapi").exchange()), "$.info.version");
	}

	/** Saves the file with {@code version} and waits until the pages show it. */
	private void publish(String version) throws IOException {
		Files.writeString(file(), catalogFile(version));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(startPage()).contains("Catalog edition " + version));
	}

	private Object actuatorInfoVersion() {
		return JsonPath.read(Html.body(this.mvc.get().uri("/actuator/info").exchange()), "$.catalog.version");
	}

	@Test
	void aValidEditIsServedWithNewETagsAndAnUpdatedApiDocument() throws IOException {
		publish("2027-02-01");
		String etag = startPageETag();
		assertThat(apiDocumentVersion()).isEqualTo("2027-02-01");
		assertThat(actuatorInfoVersion()).isEqualTo("2027-02-01");
		publish("2027-03-01");
		assertThat(startPageETag()).isNotEqualTo(etag);
		assertThat(apiDocumentVersion()).isEqualTo("2027-03-01");
	}

	@Test
	void anInvalidEditIsLoggedAndTheLastGoodCatalogKeepsServing(CapturedOutput output) throws IOException {
		publish("2027-04-01");
		String etag = startPageETag();
		Files.writeString(file(), catalogFile("2027-05-01").replace("\"source\": \"A7\"", "\"source\": \"A77\""));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(output).contains("unknown source 'A77'"));
		assertThat(startPage()).contains("Catalog edition 2027-04-01");
		assertThat(actuatorInfoVersion()).isEqualTo("2027-04-01");
		assertThat(startPageETag()).isEqualTo(etag);
	}

}
