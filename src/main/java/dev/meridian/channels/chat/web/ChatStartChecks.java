package dev.meridian.channels.chat.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

import dev.meridian.EmailAddresses;
import dev.meridian.InvalidValueException;
import dev.meridian.channels.chat.ChatManagement;
import dev.meridian.channels.chat.StartedChat;
import dev.meridian.channels.chat.offline.EmailContinuation;
import dev.meridian.channels.chat.settings.ShopSettings;
import dev.meridian.channels.chat.settings.WidgetSettings;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.MarketManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What a market's widget settings say about a conversation before it opens: whether the
 * chat is on, the pre-chat form's required answers, the language offered; and, once open,
 * the address the form gave, taken as any address a visitor types.
 */
@Component
class ChatStartChecks {

	private final ShopSettings shops;

	private final MarketManagement markets;

	private final ChatManagement chats;

	private final EmailContinuation continuation;

	ChatStartChecks(ShopSettings shops, MarketManagement markets, ChatManagement chats,
			EmailContinuation continuation) {
		this.shops = shops;
		this.markets = markets;
		this.chats = chats;
		this.continuation = continuation;
	}

	/**
	 * @throws InvalidValueException naming the field at fault
	 */
	PreChat check(ChatRequests.Start body, LanguageTag locale) {
		WidgetSettings shop = this.shops.forMarket(body.market());
		if (!shop.enabled()) {
			throw new InvalidValueException("market", "The chat is switched off for this market");
		}
		shop.preChat().check(body.name(), body.email(), body.orderNumber());
		return new PreChat(shop.offer(locale), market(body.market()), zone(body.zone()));
	}

	/**
	 * Takes the address a visitor gave when opening the conversation.
	 * @return what became of it, or nothing without one
	 */
	@Nullable String continueByEmail(StartedChat started, @Nullable String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		return this.chats.findVisitor(started.conversation())
			.map(visitor -> outcome(this.continuation.take(visitor, EmailAddresses.normalize("email", email))))
			.orElse(null);
	}

	static String outcome(EmailContinuation.Outcome outcome) {
		return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private @Nullable CountryCode market(@Nullable String market) {
		if (market == null || market.isBlank()) {
			return null;
		}
		CountryCode code = CountryCode.parse("market", market.strip().toUpperCase(Locale.ROOT));
		return this.markets.find(code).isPresent() ? code : null;
	}

	static @Nullable ZoneId zone(@Nullable String zone) {
		if (zone == null || zone.isBlank() || zone.length() > 64) {
			return null;
		}
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
