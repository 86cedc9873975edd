package com.certadvisor.classes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The server secret behind {@link SubmissionTokens}: the configured one, or else one made
 * at first start and kept in a file only its owner can read, so tokens outlive a restart
 * of the embedded default.
 */
final class SubmissionSecret {

	private SubmissionSecret() {
	}

	static byte[] of(ClassSummaryProperties properties) {
		if (properties.secret() != null && !properties.secret().isEmpty()) {
			return properties.secret().getBytes(StandardCharsets.UTF_8);
		}
		Path file = properties.secretFile();
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			byte[] secret = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
			if (secret.length < 32) {
				throw new IllegalStateException(file + " holds fewer than 32 bytes; delete it to have a new one made");
			}
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the opt-in forms' secret in " + file.toAbsolutePath()
					+ "; set cert-advisor.classes.secret instead", ex);
		}
	}

	/**
	 * Written aside (a temporary file only its owner can read) and moved in, so no one
	 * reads a half-written secret.
	 */
	private static void create(Path file) throws IOException {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path written = Files.createTempFile(folder, "submission-secret", ".new");
		try {
			Files.writeString(written, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
			Files.move(written, file);
		}
		catch (FileAlreadyExistsException ex) {
			// Another instance made it first: theirs is read.
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

}
