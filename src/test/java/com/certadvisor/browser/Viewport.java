package com.certadvisor.browser;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/** The two widths every page is checked at: a small phone and a laptop. */
enum Viewport {

	MOBILE(375, 812, true), DESKTOP(1280, 800, false);

	private final int width;

	private final int height;

	private final boolean mobile;

	Viewport(int width, int height, boolean mobile) {
		this.width = width;
		this.height = height;
		this.mobile = mobile;
	}

	int width() {
		return this.width;
	}

	/** Emulates this device exactly, whatever the headless window's own size. */
	void apply(ChromeDriver driver) {
		resize(driver, this.height);
	}

	/**
	 * Saves the whole page, not just what fits on screen, as
	 * target/screenshots/NAME-WIDTH.png.
	 */
	Path screenshot(ChromeDriver driver, String name) {
		Number pageHeight = (Number) driver.executeScript("return document.documentElement.scrollHeight");
		resize(driver, Math.max(this.height, pageHeight.intValue()));
		try {
			Object data = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")).get("data");
			return Artifacts.save(name + "-" + this.width + ".png", Base64.getDecoder().decode((String) data));
		}
		finally {
			apply(driver);
		}
	}

	private void resize(ChromeDriver driver, int viewportHeight) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", this.width, "height", viewportHeight, "deviceScaleFactor", 1, "mobile", this.mobile));
	}

}
