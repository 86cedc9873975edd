package com.certadvisor.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrackingParametersTests {

	/** The defaults, as configuration binds them. */
	private static final TrackingParameters DEFAULTS = new TrackingParameters(
			Set.of("fbclid", "gclid", "gbraid", "wbraid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl",
					"igshid", "twclid", "li_fat_id", "yclid", "ref"),
			List.of("utm_"));

	@ParameterizedTest
	@ValueSource(strings = { "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "UTM_Source",
			"fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "_ga", "ref", "FBCLID" })
	void knowsTheParametersNewslettersAndSocialNetworksAdd(String name) {
		assertThat(DEFAULTS.isTracking(name)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "setting", "lang", "edition", "utm", "reference", "prefer", "colour" })
	void leavesEveryOtherParameterAlone(String name) {
		assertThat(DEFAULTS.isTracking(name)).isFalse();
	}

	@Test
	void dropsTrackingParametersAndKeepsTheRestAsWrittenAndInOrder() {
		assertThat(DEFAULTS.withoutTracking("utm_source=newsletter&setting=inpatient&fbclid=IwAR3x&lang=es"))
			.isEqualTo("setting=inpatient&lang=es");
		assertThat(DEFAULTS.withoutTracking("utm%5Fsource=x&setting=In%20patient")).isEqualTo("setting=In%20patient");
		assertThat(DEFAULTS.withoutTracking("utm_source=newsletter&gclid=1")).isNull();
		assertThat(DEFAULTS.anyIn("setting=inpatient&role=unsure")).isFalse();
		assertThat(DEFAULTS.anyIn("setting=inpatient&_ga=2.1")).isTrue();
	}

	@Test
	void aBlankNameInTheConfigurationIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TrackingParameters(Set.of(" "), List.of("utm_")))
			.withMessageContaining("cert-advisor.links.tracking");
	}

	@Property
	void aQueryReadsAsIfItsTrackingParametersWereNeverThere(@ForAll("kept") List<String> kept,
			@ForAll("tracking") List<String> tracking, @ForAll long seed) {
		List<String> all = new ArrayList<>(kept);
		Random random = new Random(seed);
		tracking.forEach((pair) -> all.add(random.nextInt(all.size() + 1), pair));
		String query = String.join("&", all);
		assertThat(DEFAULTS.withoutTracking(query)).isEqualTo(kept.isEmpty() ? null : String.join("&", kept));
		assertThat(DEFAULTS.anyIn(query)).isEqualTo(!tracking.isEmpty());
	}

	@Provide
	Arbitrary<List<String>> kept() {
		Arbitrary<String> names = Arbitraries.of("setting", "role", "experience", "lang", "edition", "start", "plan",
				"counselor", "colour");
		return pairs(names).list().ofMaxSize(6);
	}

	@Provide
	Arbitrary<List<String>> tracking() {
		Arbitrary<String> names = Arbitraries.oneOf(
				Arbitraries.of("fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "_ga", "ref", "Fbclid"),
				Arbitraries.strings().alpha().ofMaxLength(8).map((rest) -> "utm_" + rest));
		return pairs(names).list().ofMaxSize(4);
	}

	private static Arbitrary<String> pairs(Arbitrary<String> names) {
		Arbitrary<String> values = Arbitraries.strings().withChars("abcXYZ019-_.%20+").ofMaxLength(12);
		return Combinators.combine(names, values).as((name, value) -> name + "=" + value);
	}

}
