package dev.meridian.commerce.returns;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The internal notes a return and its refund leave on tickets
 * ({@code meridian.commerce.return-notes.*}).
 *
 * @param language the language of the notes: agents read them, so the team's working
 * language rather than the customer's ({@code en} or {@code de})
 * @param ticketsPerOrder the most tickets of one order that get a note
 */
@ConfigurationProperties("meridian.commerce.return-notes")
public record ReturnNoteSettings(@DefaultValue("en") String language, @DefaultValue("20") int ticketsPerOrder) {
}
