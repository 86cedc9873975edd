package com.certadvisor.codes;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassIdsTests {

	@Property
	void anythingTypedIsReadAsAnIdOrNothingNeverAnError(@ForAll String typed) {
		ClassIds.read(typed).ifPresent((id) -> assertThat(ClassIds.isId(id)).isTrue());
	}

	@Property
	void anIdCopiedInCapitalsWithHyphensAndLookalikesReadsAsItself(@ForAll("ids") String id) {
		String copied = (id.substring(0, 5) + "-" + id.substring(5)).toUpperCase().replace('1', 'l').replace('0', 'O');
		assertThat(ClassIds.read(" " + copied + " ")).hasValue(id);
		assertThat(ClassIds.isId(id)).isTrue();
		assertThat(ClassIds.isId(copied)).isFalse();
	}

	@Provide
	Arbitrary<String> ids() {
		return Arbitraries.strings().withChars("0123456789abcdefghjkmnpqrstvwxyz").ofLength(10);
	}

	@Test
	void idsOfAnotherLengthOrWithOtherSymbolsAreNone() {
		assertThat(ClassIds.read("012345678")).isEmpty();
		assertThat(ClassIds.read("0123456789a")).isEmpty();
		assertThat(ClassIds.read("01234u6789")).isEmpty();
		assertThat(ClassIds.read(null)).isEmpty();
		assertThat(ClassIds.isId(null)).isFalse();
	}

}
