package dev.meridian.routing;

import java.time.Duration;

import dev.meridian.agents.Proficiency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How routing chooses and how often it looks again.
 *
 * @param minProficiency the least an agent must read the ticket's language
 * ({@code MERIDIAN_ROUTING_MINPROFICIENCY})
 * @param reofferInterval how often waiting tickets are offered again, once per cluster
 * ({@code MERIDIAN_ROUTING_REOFFERINTERVAL})
 * @param tableRefresh the longest the in-memory routing table is trusted; changes made on
 * this node refresh it at once, changes on other nodes within this time
 * ({@code MERIDIAN_ROUTING_TABLEREFRESH})
 * @param lookAhead how far ahead shifts are known, also the limit of
 * {@link Routing#nextCoverage} ({@code MERIDIAN_ROUTING_LOOKAHEAD})
 * @param promiseMargin what a promised reply time allows after a qualified agent comes on
 * shift: nobody answers in the first minute ({@code MERIDIAN_ROUTING_PROMISEMARGIN})
 */
@ConfigurationProperties("meridian.routing")
public record RoutingSettings(@DefaultValue("B2") Proficiency minProficiency,
		@DefaultValue("1m") Duration reofferInterval, @DefaultValue("1m") Duration tableRefresh,
		@DefaultValue("14d") Duration lookAhead, @DefaultValue("60m") Duration promiseMargin) {
}
