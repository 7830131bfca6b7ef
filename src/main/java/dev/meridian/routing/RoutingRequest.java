package dev.meridian.routing;

import java.time.Instant;

import dev.meridian.agents.AgentId;
import org.jspecify.annotations.Nullable;

/**
 * The facts about a ticket that routing decides on.
 *
 * @param language the ticket's language, a BCP 47 tag
 * @param chat whether it is a live chat, which also counts against the chat capacity
 * @param lastAgent who last helped this customer, if anyone
 * @param at when the decision is made
 */
public record RoutingRequest(String language, boolean chat, @Nullable AgentId lastAgent, Instant at) {
}
