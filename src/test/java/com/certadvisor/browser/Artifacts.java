package com.certadvisor.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files the browser tests leave in target/screenshots for a person to look at. */
final class Artifacts {

	static final Path FOLDER = Path.of("target", "screenshots");

	private Artifacts() {
	}

	static Path save(String name, byte[] content) {
		try {
			Files.createDirectories(FOLDER);
			return Files.write(FOLDER.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
