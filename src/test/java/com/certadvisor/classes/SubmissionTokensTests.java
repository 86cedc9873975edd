package com.certadvisor.classes;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubmissionTokensTests {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

	private final SubmissionTokens tokens = new SubmissionTokens("s".repeat(32).getBytes());

	@Test
	void acceptsItsOwnTokenTheSameDayAndTheNext() {
		String token = this.tokens.token("abcdefghjk", "setting=inpatient", DAY);
		assertThat(this.tokens.accepts(token, "abcdefghjk", "setting=inpatient", DAY)).isTrue();
		assertThat(this.tokens.accepts(token, "abcdefghjk", "setting=inpatient", DAY.plusDays(1))).isTrue();
		assertThat(this.tokens.accepts(token, "abcdefghjk", "setting=inpatient", DAY.plusDays(2))).isFalse();
	}

	@Test
	void refusesATokenForAnotherClassOtherAnswersOrAnotherSecret() {
		String token = this.tokens.token("abcdefghjk", "setting=inpatient", DAY);
		assertThat(this.tokens.accepts(token, "abcdefghjm", "setting=inpatient", DAY)).isFalse();
		assertThat(this.tokens.accepts(token, "abcdefghjk", "setting=outpatient", DAY)).isFalse();
		assertThat(
				new SubmissionTokens("t".repeat(32).getBytes()).accepts(token, "abcdefghjk", "setting=inpatient", DAY))
			.isFalse();
		assertThat(this.tokens.accepts(null, "abcdefghjk", "setting=inpatient", DAY)).isFalse();
	}

	@Property(tries = 500)
	void noMadeUpTokenIsAccepted(@ForAll String forged) {
		assertThat(this.tokens.accepts(forged, "abcdefghjk", "setting=inpatient", DAY)).isFalse();
	}

	@Test
	void aShortSecretIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SubmissionTokens(new byte[31]));
	}

}
