package dev.meridian.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Chromium from the operating system's package (Debian's {@code chromium}),
 * driven by Playwright. Never a browser downloaded by the test tool: the machines this
 * runs on reach package registries only.
 * <p>
 * A test class registers one and gets a browser for its tests:
 * {@code @RegisterExtension static final Browser browser = new Browser();}
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

	private static final Path CHROMIUM = Path
		.of(System.getenv().getOrDefault("MERIDIAN_CHROMIUM", "/usr/bin/chromium"));

	private @Nullable Playwright playwright;

	private com.microsoft.playwright.@Nullable Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	/** A fresh page in its own context (own cookies) with the given browser language. */
	public Page newPage(String locale) {
		if (this.browser == null) {
			throw new IllegalStateException("Register the browser with @RegisterExtension");
		}
		return this.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(locale))
			.newPage();
	}

	/**
	 * A fresh page in its own context with the given browser language and clock: the time
	 * zone a visitor's browser reports.
	 */
	public Page newPage(String locale, String timeZone) {
		if (this.browser == null) {
			throw new IllegalStateException("Register the browser with @RegisterExtension");
		}
		return this.browser
			.newContext(
					new com.microsoft.playwright.Browser.NewContextOptions().setLocale(locale).setTimezoneId(timeZone))
			.newPage();
	}

	/**
	 * Opens a workspace address, signs in on the form it leads to, and lands where it
	 * pointed: the way an agent follows a link while signed out.
	 */
	public static void signIn(Page page, String url, String email, String password) {
		page.navigate(url);
		page.fill("#username", email);
		page.fill("#password", password);
		page.click("button[type=submit]");
	}

}
