package dev.meridian.knowledge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.web.PublicAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absolute addresses of help-center pages, for texts read elsewhere than the server's own
 * pages: the bot's answers in a widget on the shop's site, suggestions in a mail. The
 * server's public address is {@code meridian.bot.public-url}, else the shared one
 * ({@link PublicAddress}).
 */
@Component
public class HelpCenterAddresses {

	private final HelpCenter helpCenter;

	private final PublicAddress publicAddress;

	private final Environment environment;

	HelpCenterAddresses(HelpCenter helpCenter, PublicAddress publicAddress, Environment environment) {
		this.helpCenter = helpCenter;
		this.publicAddress = publicAddress;
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
		return this.publicAddress.base(this.environment.getProperty("meridian.bot.public-url"));
	}

}
