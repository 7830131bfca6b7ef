package dev.meridian.feedback;

import java.time.Instant;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.TeamId;
import dev.meridian.customers.CustomerId;
import dev.meridian.tickets.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * A customer answered a survey. Everything a report slices by travels with the event, so
 * the analytics module rolls it up without reading the feedback module's tables.
 *
 * @param survey the survey answered
 * @param kind CSAT or NPS
 * @param customer who answered
 * @param ticket the rated ticket (CSAT), none for an NPS campaign
 * @param score the rating on the survey's scale: CSAT 1–5 (good/okay/bad map to 5/3/1),
 * NPS 0–10
 * @param satisfied CSAT: a positive rating (4–5); NPS: a promoter (9–10)
 * @param market the customer's market, an ISO country code
 * @param language the language the survey was asked in (BCP 47)
 * @param channel the rated ticket's channel, none for NPS
 * @param agent the agent credited (who last replied), if any
 * @param team the team credited, if any
 * @param translated whether the rated conversation went through machine translation
 * @param answeredAt when the answer arrived
 */
public record SurveyAnswered(UUID survey, SurveyKind kind, CustomerId customer, @Nullable TicketId ticket, int score,
		boolean satisfied, String market, String language, @Nullable String channel, @Nullable AgentId agent,
		@Nullable TeamId team, boolean translated, Instant answeredAt) {

	/** NPS: 9–10 promote, 7–8 are passive, 0–6 detract. */
	public boolean detractor() {
		return this.kind == SurveyKind.NPS ? this.score <= 6 : this.score <= 2;
	}

}
