package com.certadvisor.classes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SubmissionSecretTests {

	@TempDir
	private Path folder;

	private ClassSummaryProperties properties(String secret, Path file) {
		return new ClassSummaryProperties(Period.ofMonths(12), 500, 120, 60, Duration.ofMinutes(10), secret, file);
	}

	@Test
	void withoutOneConfiguredASecretIsMadeOnceAndKeptForItsOwnerOnly() throws IOException {
		Path file = this.folder.resolve("data/submission-secret");
		byte[] made = SubmissionSecret.of(properties(null, file));
		assertThat(made).hasSize(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(SubmissionSecret.of(properties("", file))).isEqualTo(made);
		assertThat(Files.list(file.getParent())).containsExactly(file);
	}

	@Test
	void aConfiguredSecretIsUsedAndNoFileMade() {
		Path file = this.folder.resolve("submission-secret");
		assertThat(new String(SubmissionSecret.of(properties("a-secret-of-at-least-32-characters!", file))))
			.isEqualTo("a-secret-of-at-least-32-characters!");
		assertThat(file).doesNotExist();
	}

	@Test
	void aFileWithTooShortASecretIsRefusedWithWhatToDo() throws IOException {
		Path file = Files.writeString(this.folder.resolve("submission-secret"), "c2hvcnQ=");
		assertThatIllegalStateException().isThrownBy(() -> SubmissionSecret.of(properties(null, file)))
			.withMessageContaining("delete it");
	}

}
