package com.certadvisor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration reference in {@code docs/configuration.md} names exactly the
 * properties the build's configuration metadata knows, each of them explained there.
 */
class ConfigurationReferenceTests {

	private static final Pattern DOCUMENTED = Pattern.compile("^\\| `(cert-advisor\\.[a-z.-]+)` \\|",
			Pattern.MULTILINE);

	private static JsonNode metadata() throws IOException {
		try (InputStream in = ConfigurationReferenceTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("the configuration processor's metadata").isNotNull();
			return JsonMapper.builder().build().readTree(in);
		}
	}

	private static Set<String> known() throws IOException {
		return metadata().get("properties")
			.valueStream()
			.map((property) -> property.get("name").asString())
			.filter((name) -> name.startsWith("cert-advisor."))
			.collect(Collectors.toSet());
	}

	@Test
	void everyPropertyIsDocumentedAndEveryDocumentedOneExists() throws IOException {
		Matcher documented = DOCUMENTED.matcher(Files.readString(Path.of("docs/configuration.md")));
		Set<String> names = documented.results().map((match) -> match.group(1)).collect(Collectors.toSet());
		assertThat(names).containsExactlyInAnyOrderElementsOf(known())
			.contains("cert-advisor.classes.expiry-cron", "cert-advisor.classes.per-client-limit");
	}

	@Test
	void everyPropertyExplainsItselfToAnIde() throws IOException {
		assertThat(metadata().get("properties").valueStream())
			.filteredOn((property) -> property.get("name").asString().startsWith("cert-advisor."))
			.allSatisfy((property) -> assertThat(property.path("description").asString()).as(property.toString())
				.isNotBlank());
	}

}
