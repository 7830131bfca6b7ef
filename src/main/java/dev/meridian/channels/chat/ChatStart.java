package dev.meridian.channels.chat;

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
 */
public record ChatStart(LanguageTag locale, @Nullable String name, @Nullable String email, @Nullable String page,
		@Nullable SignedIdentity identity) {

}
