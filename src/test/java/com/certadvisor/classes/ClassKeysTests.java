package com.certadvisor.classes;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassKeysTests {

	private final ClassKeys keys = new ClassKeys(new SecureRandom());

	@Test
	void idsAreTenSymbolsAndKeysCarryAtLeast128RandomBits() {
		String id = this.keys.newId();
		String key = this.keys.newKey();
		assertThat(id).hasSize(10).matches("[0-9a-hjkmnp-tv-z]+");
		assertThat(key).hasSize(26).matches("[0-9a-hjkmnp-tv-z]+");
		assertThat(ClassKeys.isId(id)).isTrue();
		assertThat(ClassKeys.isKey(key)).isTrue();
	}

	@Test
	void neverRepeatsItself() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			assertThat(seen.add(this.keys.newKey())).isTrue();
		}
	}

	@Test
	void storesAKeyOnlyAsItsHashAndOpensWithTheKeyAlone() {
		String key = this.keys.newKey();
		String stored = ClassKeys.hash(key);
		assertThat(stored).hasSize(64).doesNotContain(key);
		assertThat(ClassKeys.opens(key, stored)).isTrue();
		assertThat(ClassKeys.opens(this.keys.newKey(), stored)).isFalse();
	}

	@Test
	void theStoredHashIsTheKeysSha256InLowerCaseHexSoStoredClassesStillOpen() {
		assertThat(ClassKeys.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Property(tries = 500)
	void textThatIsNoIdOrKeyIsRecognisedAsSuch(@ForAll String text) {
		assertThat(ClassKeys.isId(text)).isEqualTo(text.length() == 10 && text.matches("[0-9a-hjkmnp-tv-z]+"));
		assertThat(ClassKeys.isKey(text)).isEqualTo(text.length() == 26 && text.matches("[0-9a-hjkmnp-tv-z]+"));
	}

}
