package com.certadvisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README fits on a page and points into {@code docs/}; no link between them leads
 * nowhere, since a moved section would otherwise leave its readers at a dead end.
 */
class DocumentationTests {

	/** A Markdown link or image to a file of this repository, with its anchor dropped. */
	private static final Pattern LOCAL_LINK = Pattern.compile("\\]\\((?!https?:|mailto:|#)([^)#\\s]+)[^)]*\\)");

	private static List<Path> documents() throws IOException {
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			return Stream
				.concat(Stream.of(Path.of("README.md"), Path.of("BENCHMARKS.md")),
						docs.filter((path) -> path.toString().endsWith(".md")))
				.toList();
		}
	}

	@Test
	void theReadmeFitsOnAPage() throws IOException {
		assertThat(Files.readAllLines(Path.of("README.md"))).hasSizeLessThanOrEqualTo(150)
			.startsWith("# Cert Advisor", "", "```bash")
			.anySatisfy((line) -> assertThat(line).startsWith("./mvnw spring-boot:run"))
			.anySatisfy((line) -> assertThat(line).startsWith("./mvnw verify"));
	}

	@Test
	void everyLinkToAFileOfTheRepositoryLeadsToOne() throws IOException {
		List<Path> documents = documents();
		assertThat(documents).hasSizeGreaterThanOrEqualTo(9);
		for (Path document : documents) {
			LOCAL_LINK.matcher(Files.readString(document))
				.results()
				.map((link) -> document.resolveSibling(link.group(1)).normalize())
				.forEach((target) -> assertThat(target).as("linked from " + document).exists());
		}
	}

}
