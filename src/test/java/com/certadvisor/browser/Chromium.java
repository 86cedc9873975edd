package com.certadvisor.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium and ChromeDriver, started for a closed network. Paths are fixed so
 * Selenium Manager never looks for (or downloads) a browser or a driver.
 */
final class Chromium implements ExecutionCondition {

	static final File BROWSER = new File("/usr/bin/chromium");

	static final File DRIVER = new File("/usr/bin/chromedriver");

	/**
	 * Skips browser tests on a machine without Chromium, except under CI, where a missing
	 * browser is a broken build.
	 */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (BROWSER.canExecute() && DRIVER.canExecute()) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver found");
		}
		String missing = "Browser tests need " + BROWSER + " and " + DRIVER
				+ " (Debian packages chromium and chromium-driver)";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new ExtensionConfigurationException(missing + ", and CI must run them");
		}
		return ConditionEvaluationResult.disabled(missing + ": skipped on this machine");
	}

	static ChromeDriver start() {
		return start(true);
	}

	static ChromeDriver start(boolean javaScript) {
		Path profile = freshProfile();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--hide-scrollbars", "--user-data-dir=" + profile);
		if (!javaScript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		return new WithItsOwnProfile(service, options, profile);
	}

	private static Path freshProfile() {
		try {
			return Files.createTempDirectory("cert-advisor-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A browser that removes its profile folder once it has quit: deleteOnExit cannot, as
	 * Chromium fills the folder.
	 */
	private static final class WithItsOwnProfile extends ChromeDriver {

		private final Path profile;

		WithItsOwnProfile(ChromeDriverService service, ChromeOptions options, Path profile) {
			super(service, options);
			this.profile = profile;
		}

		@Override
		public void quit() {
			try {
				super.quit();
			}
			finally {
				try {
					FileSystemUtils.deleteRecursively(this.profile);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}

	}

}
