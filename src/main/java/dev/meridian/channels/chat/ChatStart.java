package dev.meridian.channels.chat;

import java.time.ZoneId;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * A visitor opening a conversation.
 *
 * @param locale the language the widget speaks with them (their browser's, the shop's or
 * their own choice)
 * @param name the name they gave, if any
 * @param email an address they typed, not vouched for: kept on the conversation for
 * continuing by mail, never used to join another customer's records
 * @param page the page they are on
 * @param identity the customer the shop vouches for, if any
 * @param market the market whose widget they use (the shop's {@code data-market}), if
 * known: the ticket's market and the mailbox replies leave from
 * @param zone the zone their browser names, for times in mail and transcripts
 * @param orderNumber the order the pre-chat form asked about: the ticket is tagged with
 * it
 */
public record ChatStart(LanguageTag locale, @Nullable String name, @Nullable String email, @Nullable String page,
		@Nullable SignedIdentity identity, @Nullable CountryCode market, @Nullable ZoneId zone,
		@Nullable String orderNumber) {

	public ChatStart(LanguageTag locale, @Nullable String name, @Nullable String email, @Nullable String page,
			@Nullable SignedIdentity identity) {
		this(locale, name, email, page, identity, null, null, null);
	}

}
