package dev.meridian.sla;

import java.util.Set;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.Priority;
import org.jspecify.annotations.Nullable;

/**
 * What an SLA policy says: which tickets it covers and what it promises them.
 *
 * @param position the order policies are tried in; the first that matches wins
 * @param priorities tickets of these priorities; empty for any
 * @param markets tickets of these markets; empty for any, also tickets without a market
 * @param channels tickets that came through these channels; empty for any
 * @param firstReplyMinutes business minutes to the first public reply, null for no target
 * @param nextReplyMinutes business minutes from a customer's later message to the reply
 * @param resolutionMinutes business minutes from opening (or reopening) to solving
 * @param warningLeadMinutes wall-clock minutes before a due time that a warning goes out;
 * 0 for none
 */
public record SlaPolicyDefinition(String name, int position, Set<Priority> priorities, Set<CountryCode> markets,
		Set<Channel> channels, @Nullable Integer firstReplyMinutes, @Nullable Integer nextReplyMinutes,
		@Nullable Integer resolutionMinutes, int warningLeadMinutes) {

	/** About two years of office hours: longer promises are typing mistakes. */
	public static final int MAX_MINUTES = 250_000;

	public SlaPolicyDefinition {
		name = name == null ? "" : name.strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidValueException("name", "A policy needs a name of at most 200 characters");
		}
		if (position < 0) {
			throw new InvalidValueException("position", "The position is a whole number from 0");
		}
		priorities = Set.copyOf(priorities);
		markets = Set.copyOf(markets);
		channels = Set.copyOf(channels);
		check("firstReplyMinutes", firstReplyMinutes);
		check("nextReplyMinutes", nextReplyMinutes);
		check("resolutionMinutes", resolutionMinutes);
		if (firstReplyMinutes == null && nextReplyMinutes == null && resolutionMinutes == null) {
			throw new InvalidValueException("firstReplyMinutes",
					"A policy needs at least one target: firstReplyMinutes, nextReplyMinutes or resolutionMinutes");
		}
		if (warningLeadMinutes < 0 || warningLeadMinutes > MAX_MINUTES) {
			throw new InvalidValueException("warningLeadMinutes",
					"The warning lead is a number of minutes from 0 to " + MAX_MINUTES);
		}
	}

	private static void check(String field, @Nullable Integer minutes) {
		if (minutes != null && (minutes < 1 || minutes > MAX_MINUTES)) {
			throw new InvalidValueException(field,
					field + " must be a whole number of minutes from 1 to " + MAX_MINUTES);
		}
	}

}
