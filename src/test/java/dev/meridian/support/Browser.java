package dev.meridian.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Headless Chromium from the operating system's package (Debian's {@code chromium}),
 * driven by Playwright. Never a browser downloaded by the test tool: the machines this
 * runs on reach package registries only.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path
		.of(System.getenv().getOrDefault("MERIDIAN_CHROMIUM", "/usr/bin/chromium"));

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	private Browser() {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	public static Browser start() {
		return new Browser();
	}

	/** A fresh page in its own context (own cookies) with the given browser language. */
	public com.microsoft.playwright.Page newPage(String locale) {
		return this.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(locale))
			.newPage();
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
