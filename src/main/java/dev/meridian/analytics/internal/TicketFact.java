package dev.meridian.analytics.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What analytics knows of one ticket ({@code analytics_tickets}): its dimensions now and
 * the moments a later event needs (first reply, last solve), and which contributions it
 * has made, so each is counted once and taken back when a reopen undoes it.
 */
final class TicketFact {

	UUID ticket;

	UUID customer;

	Instant createdAt;

	String market;

	String language;

	String channel;

	String team = "";

	String agent = "";

	boolean translated;

	@Nullable Instant firstReplyAt;

	int replies;

	@Nullable Instant solvedAt;

	int reopens;

	boolean oneTouchCounted;

	boolean slaFirstCounted;

	boolean slaFirstBreached;

	boolean slaResolutionCounted;

	boolean slaResolutionBreached;

	@Nullable Instant botAt;

	@Nullable String botOutcome;

	/** The SLA module's clocks, read with the row when it is locked; never written. */
	TicketSla sla = TicketSla.NONE;

	TicketFact(UUID ticket, UUID customer, Instant createdAt, String market, String language, String channel) {
		this.ticket = ticket;
		this.customer = customer;
		this.createdAt = createdAt;
		this.market = market;
		this.language = language;
		this.channel = channel;
	}

	Dims dims() {
		return new Dims(this.market, this.language, this.channel, this.team, this.agent, this.translated);
	}

}
