package com.certadvisor;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container's log, as structured JSON (ECS), over a run through every kind of page:
 * each line is a JSON object, and none holds an answer, a class summary's key, a label or
 * a client's address, whatever the requests carried.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogTests {

	private static final String CLIENT = "203.0.113.77";

	private static final String FORWARDED = "198.51.100.9";

	private static final String ANSWERS = "setting=inpatient&role=billing-specialist&experience=outpatient";

	private static final Pattern HOME = Pattern.compile("/classes/([0-9a-z]{10})/([0-9a-z]{26})");

	private static final Pattern OPT_IN = Pattern.compile("name=\"(answers|token)\" value=\"([^\"]*)\"");

	private int port;

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return Http.send(request.header("X-Forwarded-For", CLIENT).header("Forwarded", "for=" + FORWARDED).build());
	}

	private HttpRequest.Builder to(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> get(String path) {
		return send(to(path));
	}

	private HttpResponse<String> post(String path, String form) {
		return send(to(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	@Test
	void everyLineIsJsonAndNoneHoldsAnswersKeysLabelsOrAddresses(CapturedOutput output) {
		List<String> secrets = new ArrayList<>(
				List.of(CLIENT, FORWARDED, "billing-specialist", "zzqqhospital", "qqzzmadeup", "qqlabel"));
		// Other tests' applications in this JVM set logging up in plain text and stay
		// open:
		// cleared, so this one sets it up anew, as a container's only application would.
		LoggingSystem.get(getClass().getClassLoader()).cleanUp();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CertAdvisorApplication.class)
			.main(CertAdvisorApplication.class)
			// Arguments, as in a container's command: they outrank
			// application.properties.
			.run("--server.port=0", "--management.server.port=0", "--logging.structured.format.console=ecs",
					"--spring.main.banner-mode=off")) {
			this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
			for (String page : List.of("/", "/questions/role?setting=inpatient", "/check?" + ANSWERS,
					"/recommendation?" + ANSWERS, "/compare?" + ANSWERS, "/change/role?" + ANSWERS,
					"/plan.ics?cert=CCS&" + ANSWERS, "/sources", "/counselor?" + ANSWERS,
					"/counselor/handout?" + ANSWERS, "/counselor/qr.svg?" + ANSWERS, "/api/recommendation?" + ANSWERS,
					"/api/openapi", "/robots.txt", "/sitemap.xml")) {
				assertThat(get(page).statusCode()).as(page).isEqualTo(200);
			}
			for (String link : List.of("/recommendation?setting=zzqqhospital",
					"/recommendation?qqzzmadeup=1&" + ANSWERS, "/api/recommendation?qqzzmadeup=1&" + ANSWERS,
					"/s/ZZZZZZZZ")) {
				assertThat(get(link).statusCode()).as(link).isEqualTo(400);
			}
			assertThat(get("/no-such-page?" + ANSWERS).statusCode()).isEqualTo(404);
			assertThat(Http.raw(this.port, "/recommendation?setting=%zz&role=billing-specialist", "localhost",
					"X-Forwarded-For: " + CLIENT))
				.startsWith("HTTP/1.1 400");
			assertThat(Http.raw(this.port, "/recommendation?" + ANSWERS, "evil.example", "X-Forwarded-For: " + CLIENT))
				.startsWith("HTTP/1.1 400");
			Matcher home = HOME
				.matcher(post("/classes", "label=qqlabel").headers().firstValue("Location").orElseThrow());
			assertThat(home.find()).isTrue();
			String id = home.group(1);
			String key = home.group(2);
			secrets.add(key);
			Matcher form = OPT_IN.matcher(get("/recommendation?" + ANSWERS + "&class=" + id).body());
			List<String> fields = new ArrayList<>();
			while (form.find()) {
				fields.add(form.group(1) + "="
						+ URLDecoder.decode(form.group(2).replace("&amp;", "&"), StandardCharsets.UTF_8));
			}
			assertThat(fields).hasSize(2);
			String sent = "answers=" + encode(fields.get(0).substring(8)) + "&token="
					+ encode(fields.get(1).substring(6));
			assertThat(post("/classes/" + id + "/results", sent).statusCode()).isEqualTo(200);
			for (String page : List.of("/classes/" + id + "/" + key, "/classes/" + id + "/" + key + "/summary.csv",
					"/api/classes/" + id + "/" + key, "/classes/" + id + "/" + key + "/delete",
					"/classes/" + id + "/" + key + "/no-such-page")) {
				assertThat(get(page).statusCode()).as(page).isLessThan(500);
			}
			assertThat(post("/classes/" + id + "/" + key + "/delete", "").statusCode()).isEqualTo(200);
			assertThat(get("/classes/" + id + "/" + key).statusCode()).isEqualTo(404);
		}
		List<String> lines = output.getOut().lines().filter((line) -> !line.isBlank()).toList();
		assertThat(lines).hasSizeGreaterThan(5).allSatisfy((line) -> {
			JsonNode entry = JsonMapper.shared().readTree(line);
			assertThat(entry.has("@timestamp")).as(line).isTrue();
			assertThat(entry.has("message")).as(line).isTrue();
		});
		assertThat(output.getOut()).contains("Started CertAdvisorApplication", "\"ecs\"");
		assertThat(output.getAll()).doesNotContain(secrets);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
