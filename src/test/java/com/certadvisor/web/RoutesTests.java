package com.certadvisor.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutesTests {

	@Test
	void expandsARoutesVariablesInOrder() {
		assertThat(Routes.expand(Routes.CLASS_SUMMARY, "c1", "k2")).isEqualTo("/classes/c1/k2");
		assertThat(Routes.expand(Routes.SHORT_CODE, "ABCD-2345")).isEqualTo("/s/ABCD-2345");
	}

	@Test
	void encodesWhatAVariableHolds() {
		assertThat(Routes.expand(Routes.CLASS_RESULTS, "a/b c")).isEqualTo("/classes/a%2Fb%20c/results");
	}

}
