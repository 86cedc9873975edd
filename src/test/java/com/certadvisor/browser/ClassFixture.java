package com.certadvisor.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A class summary made the way people make one, over HTTP: a counselor's POST, then
 * students' opt-in forms read from their result pages and sent.
 *
 * @param home the summary's address, {@code /classes/{id}/{key}}
 * @param id the class id in the students' link
 */
record ClassFixture(String home, String id) {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/** Starts a class labelled {@code label} on the site at {@code origin}. */
	static ClassFixture start(String origin, String label) {
		HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(origin + "/classes"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("label=" + URLEncoder.encode(label, StandardCharsets.UTF_8))));
		String home = started.headers().firstValue("Location").orElseThrow();
		return new ClassFixture(home, home.split("/")[2]);
	}

	/** Adds the result of {@code answers} as a student would, through its form. */
	ClassFixture add(String origin, String answers) {
		Element form = Jsoup
			.parse(send(HttpRequest.newBuilder(URI.create(origin + "/recommendation?" + answers + "&class=" + this.id)))
				.body())
			.selectFirst("form[method=post]");
		String body = "answers="
				+ URLEncoder.encode(form.selectFirst("input[name=answers]").val(), StandardCharsets.UTF_8) + "&token="
				+ URLEncoder.encode(form.selectFirst("input[name=token]").val(), StandardCharsets.UTF_8);
		HttpResponse<String> added = send(HttpRequest.newBuilder(URI.create(origin + form.attr("action")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		if (added.statusCode() != 200) {
			throw new IllegalStateException("adding " + answers + " answered " + added.statusCode());
		}
		return this;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
