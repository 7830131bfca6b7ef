package dev.meridian.commerce.goodwill.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.commerce.AmountJson;
import dev.meridian.commerce.goodwill.GoodwillGrant;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * Goodwill as the API returns it: what was asked, what it was compared with, and where it
 * stands; {@code approvalId} is set when it went (or goes) to a supervisor.
 */
record GoodwillResponse(UUID id, UUID ticketId, String market, String kind, String amount, String currency,
		String status, @Nullable UUID approvalId, AmountJson compared, @Nullable AmountJson limit,
		@Nullable String rate, @Nullable LocalDate rateDate, String reason, String reasonLanguage,
		@Nullable UUID requestedBy, String requestedRole, @Nullable UUID decidedBy, @Nullable Instant decidedAt,
		@Nullable String note, Instant createdAt) {

	static GoodwillResponse of(GoodwillGrant grant) {
		AmountJson amount = AmountJson.of(grant.amount());
		return new GoodwillResponse(grant.id(), grant.ticket().value(), grant.market().value(),
				EnumValues.write(grant.kind()), amount.amount(), amount.currency(), grant.status().value(),
				grant.neededApproval() ? grant.id() : null, AmountJson.of(grant.compared()),
				grant.limit().map(AmountJson::of).orElse(null),
				grant.rate().map(r -> r.stripTrailingZeros().toPlainString()).orElse(null),
				grant.rateDate().orElse(null), grant.reason(), grant.reasonLanguage().value(),
				grant.requestedBy().map(AgentId::value).orElse(null), EnumValues.write(grant.requestedRole()),
				grant.decidedBy().map(AgentId::value).orElse(null), grant.decidedAt().orElse(null),
				grant.decisionNote().orElse(null), grant.createdAt());
	}

}
