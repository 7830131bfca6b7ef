package dev.meridian.knowledge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absolute addresses of help-center pages, for texts read elsewhere than the server's own
 * pages: the bot's answers in a widget on the shop's site, suggestions in a mail. The
 * server's public address is {@code meridian.bot.public-url}, else
 * {@code meridian.help.contact.public-url}, else {@code http://localhost:PORT}.
 */
@Component
public class HelpCenterAddresses {

	private final HelpCenter helpCenter;

	private final Environment environment;

	HelpCenterAddresses(HelpCenter helpCenter, Environment environment) {
		this.helpCenter = helpCenter;
		this.environment = environment;
	}

	/**
	 * The page of the article's version in {@code locale}, as the help center shows it.
	 */
	@Transactional(readOnly = true)
	public Optional<String> article(ArticleId article, LanguageTag locale, @Nullable CountryCode market) {
		return this.helpCenter.article(article, locale, market)
			.map(reading -> base() + "/help/" + reading.translation().locale().value() + "/articles/"
					+ URLEncoder.encode(reading.translation().slug(), StandardCharsets.UTF_8).replace("+", "%20"));
	}

	/** The help center's page at {@code path} (below {@code /help/{locale}}). */
	public String page(LanguageTag locale, String path) {
		return base() + "/help/" + locale.value() + (path.startsWith("/") ? path : "/" + path);
	}

	private String base() {
		for (String property : new String[] { "meridian.bot.public-url", "meridian.help.contact.public-url" }) {
			String configured = this.environment.getProperty(property);
			if (configured != null && !configured.isBlank()) {
				return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
			}
		}
		return "http://localhost:" + this.environment.getProperty("local.server.port", "8080");
	}

}
