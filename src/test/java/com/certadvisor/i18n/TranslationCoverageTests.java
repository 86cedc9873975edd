package com.certadvisor.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.messages;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a message is missing in a language or a template shows text that
 * does not come from the messages or the catalog.
 */
class TranslationCoverageTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	/**
	 * Inlined expressions, such as {@code [[#{fact.source}]]}: text Thymeleaf writes from
	 * the messages or the catalog, like {@code th:text}.
	 */
	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]");

	/** Punctuation and symbols a template may write itself. */
	private static final Pattern PUNCTUATION = Pattern.compile("[\\s,.:;()–—·|/+$%-]*");

	private static TreeSet<String> arguments(String message) {
		TreeSet<String> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			arguments.add(matcher.group(1));
		}
		return arguments;
	}

	@Test
	void everyMessageExistsInEnglishAndSpanishWithTheSameArguments() {
		Properties english = messages("messages.properties");
		Properties spanish = messages("messages_es.properties");
		assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		english.stringPropertyNames().forEach((key) -> {
			assertThat(spanish.getProperty(key)).as(key).isNotBlank();
			assertThat(arguments(spanish.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
		});
	}

	@Test
	void templatesWriteNoVisibleTextOfTheirOwn() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Document document = Jsoup.parse(Files.readString(template));
				for (Element element : document.getAllElements()) {
					if (replacedByThymeleaf(element)) {
						continue;
					}
					for (TextNode text : element.textNodes()) {
						if (!PUNCTUATION.matcher(INLINED.matcher(text.text()).replaceAll("")).matches()) {
							hardCoded
								.add(template + ": \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
						}
					}
					for (String attribute : List.of("aria-label", "alt", "title", "placeholder")) {
						if (element.hasAttr(attribute)) {
							hardCoded.add(template + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
						}
					}
				}
			}
		}
		assertThat(hardCoded).isEmpty();
	}

	/**
	 * Text inside these elements is sample text the template replaces when it renders.
	 */
	private static boolean replacedByThymeleaf(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			if (current.hasAttr("th:text") || current.hasAttr("th:utext") || current.hasAttr("th:replace")
					|| current.hasAttr("th:fragment") && current.hasAttr("th:text")) {
				return true;
			}
		}
		return false;
	}

}
