package com.certadvisor.catalog;

import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static com.certadvisor.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The {@code state} parameter, read against the catalog's states. */
class LocalTests {

	private static final Local LOCAL = CATALOG.local();

	@Property
	void readsAListedCodeInAnyCaseWithSpacesAroundItInUpperCase(@ForAll("states") String state, @ForAll boolean lower,
			@ForAll("spaces") String before, @ForAll("spaces") String after) {
		String typed = before + (lower ? state.toLowerCase(Locale.ROOT) : state) + after;
		assertThat(LOCAL.state(typed)).hasValue(state);
	}

	@Property
	void readsAnyTextAsNoStateOrAsOneOfTheListedCodesItSpells(@ForAll String typed) {
		LOCAL.state(typed)
			.ifPresent((state) -> assertThat(typed.toUpperCase(Locale.ROOT).strip().replace("\u00a0", ""))
				.contains(state));
		LOCAL.state(typed).ifPresent((state) -> assertThat(LOCAL.states()).contains(state));
	}

	@Property
	void rejectsEveryTwoLetterCodeThatIsNotListed(@ForAll("letters") String code) {
		assertThat(LOCAL.state(code).isPresent()).isEqualTo(LOCAL.states().contains(code));
	}

	@Test
	void knowsTheFiftyStatesDcAndThreeTerritoriesThatBlsPublishes() {
		assertThat(LOCAL.states()).hasSize(54).contains("DC", "PR", "GU", "VI").doesNotContain("AS", "MP");
	}

	@Test
	void writesTheStateIntoEachAddressInTheCaseItsSiteUses() {
		LocalLink pay = LOCAL.links().get(0);
		assertThat(pay.href("NM")).isEqualTo("https://www.bls.gov/oes/current/oes_nm.htm");
		assertThat(LOCAL.links().get(1).href("NM")).endsWith("location=NM");
	}

	@Test
	void refusesACodeThatIsNotTwoCapitalLettersOrIsListedTwice() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Local(List.of("Tx"), List.of()))
			.withMessageContaining("two-letter code in upper case");
		assertThatIllegalArgumentException().isThrownBy(() -> new Local(List.of("TX", "TX"), List.of()))
			.withMessageContaining("listed twice");
	}

	@Test
	void refusesALinkThatIsNotHttpsOrDoesNotNameTheState() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LocalLink("pay", "Pay", "http://www.bls.gov/oes_{state}.htm", "B5",
					LOCAL.links().get(0).asOf(), "labour-market", false, null))
			.withMessageContaining("https");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LocalLink("pay", "Pay", "https://www.bls.gov/oes/", "B5", LOCAL.links().get(0).asOf(),
					"labour-market", false, null))
			.withMessageContaining("{state}");
	}

	@Provide
	Arbitrary<String> states() {
		return Arbitraries.of(LOCAL.states());
	}

	@Provide
	Arbitrary<String> letters() {
		return Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
	}

	@Provide
	Arbitrary<String> spaces() {
		return Arbitraries.of("", " ", "\t", "\u00a0", "  ");
	}

}
