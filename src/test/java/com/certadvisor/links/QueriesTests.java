package com.certadvisor.links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QueriesTests {

	@Property
	void givesBackWhatWasEncoded(
			@ForAll @Size(max = 5) Map<@StringLength(min = 1, max = 8) String, @StringLength(max = 8) String> fields) {
		String query = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		Map<String, List<String>> expected = new LinkedHashMap<>();
		fields.forEach((name, value) -> expected.put(name, List.of(value)));
		assertThat(Queries.parse(query)).isEqualTo(expected);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Nested
	class Parsing {

		@Test
		void readsEachNameWithItsValuesInOrder() {
			assertThat(Queries.parse("setting=inpatient&goal=a&goal=b&empty=&bare")).containsExactly(
					Map.entry("setting", List.of("inpatient")), Map.entry("goal", List.of("a", "b")),
					Map.entry("empty", List.of("")), Map.entry("bare", List.of("")));
		}

		@Test
		void decodesAsAFormDoes() {
			assertThat(Queries.parse("label=Evening+class%20%C3%B1")).containsEntry("label",
					List.of("Evening class ñ"));
		}

		@Test
		void skipsEmptyPairs() {
			assertThat(Queries.parse("&&a=1&")).containsExactly(Map.entry("a", List.of("1")));
			assertThat(Queries.parse("")).isEmpty();
		}

		@Test
		void refusesAMalformedEscape() {
			assertThatIllegalArgumentException().isThrownBy(() -> Queries.parse("a=%zz"));
		}

	}

	@Nested
	class Appending {

		@Test
		void addsAQueryAfterTheLinksOwn() {
			assertThat(Queries.append("/a", "x=1")).isEqualTo("/a?x=1");
			assertThat(Queries.append("/a?y=2", "x=1")).isEqualTo("/a?y=2&x=1");
		}

		@Test
		void encodesAValueAndLeavesTheLinkWithoutOne() {
			assertThat(Queries.with("/a", "label", "a&b c")).isEqualTo("/a?label=a%26b%20c");
			assertThat(Queries.with("/a", "label", null)).isEqualTo("/a");
		}

		@Test
		void aValueWrittenIsReadBackEvenWithAPlus() {
			String link = Queries.with("/a", "label", "C++ & a+b");
			assertThat(Queries.parse(link.substring(link.indexOf('?') + 1))).containsEntry("label",
					List.of("C++ & a+b"));
		}

	}

}
