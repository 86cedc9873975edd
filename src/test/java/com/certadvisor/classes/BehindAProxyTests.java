package com.certadvisor.classes;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-client limit on class results behind the ingress, over real HTTP so Tomcat's
 * {@code RemoteIpValve} runs: a trusted proxy's {@code X-Forwarded-For} names the client;
 * anyone else's is ignored.
 */
class BehindAProxyTests {

	/** Different answers each time, so no result is the day's repeat of another. */
	private static final List<String> ANSWERS = List.of("setting=outpatient", "setting=inpatient", "setting=unsure",
			"role=unsure", "role=inpatient-coder", "goal=unsure");

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A class started over HTTP, and its results sent as {@code client} relays them. */
	abstract static class Site {

		@LocalServerPort
		private int port;

		private String id;

		@BeforeEach
		void startAClass() throws IOException, InterruptedException {
			HttpResponse<String> started = BehindAProxyTests.send(HttpRequest.newBuilder(uri("/classes"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("label=Proxy"))
				.build());
			this.id = started.headers().firstValue("Location").orElseThrow().split("/")[2];
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + this.port + path);
		}

		/**
		 * Sends the result of {@code answers} through its form, the proxy saying it came
		 * from {@code client}.
		 */
		int relay(String answers, String client) throws IOException, InterruptedException {
			Element form = Jsoup
				.parse(BehindAProxyTests
					.send(HttpRequest.newBuilder(uri("/recommendation?" + answers + "&class=" + this.id)).build())
					.body())
				.selectFirst("form[method=post]");
			String body = "answers="
					+ URLEncoder.encode(form.selectFirst("input[name=answers]").val(), StandardCharsets.UTF_8)
					+ "&token="
					+ URLEncoder.encode(form.selectFirst("input[name=token]").val(), StandardCharsets.UTF_8);
			return BehindAProxyTests
				.send(HttpRequest.newBuilder(uri(form.attr("action")))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("X-Forwarded-For", client)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build())
				.statusCode();
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
	@TestPropertySource(properties = "cert-advisor.classes.per-client-limit=2")
	class ATrustedProxy extends Site {

		@Test
		void relaysEachClientsAddressSoEachHasItsOwnLimit() throws IOException, InterruptedException {
			assertThat(relay(ANSWERS.get(0), "198.51.100.1")).isEqualTo(200);
			assertThat(relay(ANSWERS.get(1), "198.51.100.1")).isEqualTo(200);
			assertThat(relay(ANSWERS.get(2), "198.51.100.1")).as("the first student's third result").isEqualTo(429);
			assertThat(relay(ANSWERS.get(3), "198.51.100.2")).as("another student behind the same ingress")
				.isEqualTo(200);
			assertThat(relay(ANSWERS.get(4), "203.0.113.7, 198.51.100.3")).as("the nearest address not a proxy")
				.isEqualTo(200);
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
	@TestPropertySource(properties = { "cert-advisor.classes.per-client-limit=2",
			"server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.250" })
	class AClientThatIsNoTrustedProxy extends Site {

		@Test
		void cannotPickItsOwnAddressWithTheHeader() throws IOException, InterruptedException {
			assertThat(relay(ANSWERS.get(0), "198.51.100.1")).isEqualTo(200);
			assertThat(relay(ANSWERS.get(1), "198.51.100.2")).isEqualTo(200);
			assertThat(relay(ANSWERS.get(5), "198.51.100.3")).as("all three came from 127.0.0.1").isEqualTo(429);
		}

	}

}
