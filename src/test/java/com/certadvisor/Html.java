package com.certadvisor;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Parses rendered pages so tests can assert on elements rather than on raw text. */
public final class Html {

	private Html() {
	}

	public static Document parse(String html) {
		return Jsoup.parse(html);
	}

	/** Gets {@code uri}, checks it is an HTML page answered with 200, and parses it. */
	public static Document okPage(MockMvcTester mvc, String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		return parse(result);
	}

	public static Document parse(MvcTestResult result) {
		return parse(body(result));
	}

	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
