package com.certadvisor.links;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublicAddressTests {

	private static final List<String> DEFAULT_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");

	private static MockHttpServletRequest request(String host) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setServerName(host);
		return request;
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost", "LOCALHOST", "127.0.0.1", "::1", "[::1]" })
	void servesTheLoopbackNamesByDefault(String host) {
		assertThat(new PublicAddress(null, DEFAULT_HOSTS).serves(request(host))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "evil.example", "localhost.evil.example", "10.0.0.5" })
	void refusesEveryOtherHostWithoutAPublicUrl(String host) {
		assertThat(new PublicAddress(null, DEFAULT_HOSTS).serves(request(host))).isFalse();
	}

	@Test
	void withAPublicUrlServesAnyHostAndLinksFromItWithoutATrailingSlash() {
		PublicAddress address = new PublicAddress(URI.create("https://advisor.example.edu/"), DEFAULT_HOSTS);
		assertThat(address.serves(request("evil.example"))).isTrue();
		assertThat(address.origin()).isEqualTo("https://advisor.example.edu");
		assertThat(new PublicAddress(URI.create("https://example.edu/advisor"), DEFAULT_HOSTS).origin())
			.isEqualTo("https://example.edu/advisor");
	}

	@ParameterizedTest
	@ValueSource(strings = { "advisor.example.edu", "ftp://advisor.example.edu", "https://advisor.example.edu/?a=b",
			"https://advisor.example.edu/#top", "/relative" })
	void aPublicUrlThatIsNotAWebAddressIsRefusedAtStartUp(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicAddress(URI.create(url), DEFAULT_HOSTS))
			.withMessageContaining("cert-advisor.public-url");
	}

}
