package com.certadvisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.info.InfoEndpoint;
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

	@Autowired
	private InfoEndpoint info;

	@Autowired
	private MeterRegistry registry;

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

	/** What {@code /actuator/info} says, on the management port. */
	private Object actuatorInfoVersion() {
		return ((Map<?, ?>) this.info.info().get("catalog")).get("version");
	}

	/** The editions the metrics say are served, with their gauge's value. */
	private Map<String, Double> editionGauges() {
		return this.registry.find("cert.advisor.catalog.edition")
			.gauges()
			.stream()
			.collect(Collectors.toMap((gauge) -> gauge.getId().getTag("edition"), Gauge::value));
	}

	private double reloads(String outcome) {
		return this.registry.get("cert.advisor.catalog.reloads").tag("outcome", outcome).counter().count();
	}

	private double failing() {
		return this.registry.get("cert.advisor.catalog.reload.failing").gauge().value();
	}

	@Test
	void aValidEditIsServedWithNewETagsAndAnUpdatedApiDocument() throws IOException {
		publish("2027-02-01");
		String etag = startPageETag();
		assertThat(apiDocumentVersion()).isEqualTo("2027-02-01");
		assertThat(actuatorInfoVersion()).isEqualTo("2027-02-01");
		assertThat(editionGauges()).containsExactly(Map.entry("2027-02-01", 1.0));
		double loaded = reloads("loaded");
		publish("2027-03-01");
		assertThat(editionGauges()).containsExactly(Map.entry("2027-03-01", 1.0));
		assertThat(reloads("loaded")).isEqualTo(loaded + 1);
		assertThat(failing()).isZero();
		assertThat(startPageETag()).isNotEqualTo(etag);
		assertThat(apiDocumentVersion()).isEqualTo("2027-03-01");
	}

	@Test
	void anInvalidEditIsLoggedCountedAndTheLastGoodCatalogKeepsServing(CapturedOutput output) throws IOException {
		publish("2027-04-01");
		String etag = startPageETag();
		double refused = reloads("refused");
		Files.writeString(file(), catalogFile("2027-05-01").replace("\"source\": \"A7\"", "\"source\": \"A77\""));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(output).contains("unknown source 'A77'"));
		assertThat(startPage()).contains("Catalog edition 2027-04-01");
		assertThat(actuatorInfoVersion()).isEqualTo("2027-04-01");
		assertThat(startPageETag()).isEqualTo(etag);
		assertThat(reloads("refused")).isEqualTo(refused + 1);
		assertThat(failing()).isEqualTo(1);
		assertThat(editionGauges()).containsExactly(Map.entry("2027-04-01", 1.0));
		publish("2027-06-01");
		assertThat(failing()).isZero();
	}

}
