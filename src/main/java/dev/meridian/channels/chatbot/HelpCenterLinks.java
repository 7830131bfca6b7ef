package dev.meridian.channels.chatbot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.meridian.knowledge.ArticleId;
import dev.meridian.knowledge.HelpCenter;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Addresses of help-center articles, absolute: the bot's answers are read in a widget on
 * the shop's own site. The server's public address is {@code meridian.bot.public-url},
 * else {@code meridian.help.contact.public-url}, else {@code http://localhost:PORT}.
 */
@Component
class HelpCenterLinks {

	private final HelpCenter helpCenter;

	private final Environment environment;

	HelpCenterLinks(HelpCenter helpCenter, Environment environment) {
		this.helpCenter = helpCenter;
		this.environment = environment;
	}

	/**
	 * The page of the article's version in {@code locale}, as the help center shows it.
	 */
	@Transactional(readOnly = true)
	Optional<String> article(ArticleId article, LanguageTag locale, @Nullable CountryCode market) {
		return this.helpCenter.article(article, locale, market)
			.map(reading -> base() + "/help/" + reading.translation().locale().value() + "/articles/"
					+ URLEncoder.encode(reading.translation().slug(), StandardCharsets.UTF_8).replace("+", "%20"));
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
