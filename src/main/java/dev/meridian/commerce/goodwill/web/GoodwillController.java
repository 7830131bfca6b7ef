package dev.meridian.commerce.goodwill.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.money.MonetaryAmount;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.Callers;
import dev.meridian.agents.Role;
import dev.meridian.commerce.AmountJson;
import dev.meridian.commerce.goodwill.Authority;
import dev.meridian.commerce.goodwill.GoodwillGrant;
import dev.meridian.commerce.goodwill.GoodwillKind;
import dev.meridian.commerce.goodwill.GoodwillManagement;
import dev.meridian.commerce.goodwill.GoodwillStatus;
import dev.meridian.markets.CurrencyCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;
import dev.meridian.web.EnumValues;
import dev.meridian.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Goodwill on tickets (refunds and credits within an agent's authority), the approvals
 * above it, and the limits that draw the line.
 */
@RestController
@Tag(name = "Goodwill")
class GoodwillController {

	private final GoodwillManagement goodwill;

	GoodwillController(GoodwillManagement goodwill) {
		this.goodwill = goodwill;
	}

	@PostMapping("/api/v1/tickets/{id}/goodwill")
	ResponseEntity<GoodwillResponse> request(@PathVariable UUID id, @RequestBody GoodwillRequest request) {
		GoodwillKind kind = EnumValues.parse("kind", request.kind(), GoodwillKind.class);
		MonetaryAmount amount = amount("amount", "currency", request.amount(), request.currency());
		GoodwillGrant grant = this.goodwill.request(new TicketId(id), kind, amount, request.reason(),
				request.reasonLanguage() == null || request.reasonLanguage().isBlank() ? null
						: LanguageTag.parse("reasonLanguage", request.reasonLanguage()),
				Callers.current());
		HttpStatus status = grant.status() == GoodwillStatus.GRANTED ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
		return ResponseEntity.status(status)
			.location(URI.create("/api/v1/tickets/" + id + "/goodwill/" + grant.id()))
			.body(GoodwillResponse.of(grant));
	}

	@GetMapping("/api/v1/tickets/{id}/goodwill")
	PageResponse<GoodwillResponse> onTicket(@PathVariable UUID id) {
		return PageResponse.of(this.goodwill.onTicket(new TicketId(id)).stream().map(GoodwillResponse::of).toList());
	}

	@GetMapping("/api/v1/tickets/{id}/goodwill/{grantId}")
	GoodwillResponse one(@PathVariable UUID id, @PathVariable UUID grantId) {
		GoodwillGrant grant = this.goodwill.get(grantId);
		if (!grant.ticket().value().equals(id)) {
			throw new dev.meridian.NotFoundException("Goodwill", grantId);
		}
		return GoodwillResponse.of(grant);
	}

	@GetMapping("/api/v1/commerce/goodwill/approvals")
	PageResponse<GoodwillResponse> approvals(@RequestParam(defaultValue = "pending") String status,
			@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 500) {
			throw new InvalidValueException("limit", "A limit between 1 and 500");
		}
		return PageResponse
			.of(this.goodwill.approvals(approvalStatus(status), limit).stream().map(GoodwillResponse::of).toList());
	}

	@GetMapping("/api/v1/commerce/goodwill/approvals/{id}")
	GoodwillResponse approval(@PathVariable UUID id) {
		return GoodwillResponse.of(this.goodwill.get(id));
	}

	@PostMapping("/api/v1/commerce/goodwill/approvals/{id}")
	GoodwillResponse decide(@PathVariable UUID id, @RequestBody DecisionRequest request) {
		return GoodwillResponse.of(this.goodwill.decide(id, request.approves(), request.note(), Callers.current()));
	}

	@GetMapping("/api/v1/agents/{id}/authority")
	AuthorityResponse authority(@PathVariable UUID id) {
		return AuthorityResponse.of(new AgentId(id), this.goodwill.authority(new AgentId(id)));
	}

	@GetMapping("/api/v1/commerce/goodwill/limits/roles/{role}")
	LimitsResponse roleLimits(@PathVariable String role) {
		return LimitsResponse.of(this.goodwill.roleLimits(EnumValues.parse("role", role, Role.class)));
	}

	@PutMapping("/api/v1/commerce/goodwill/limits/roles/{role}")
	LimitsResponse changeRoleLimits(@PathVariable String role, @RequestBody LimitsRequest request) {
		return LimitsResponse
			.of(this.goodwill.changeRoleLimits(EnumValues.parse("role", role, Role.class), request.toAmounts()));
	}

	@PutMapping("/api/v1/commerce/goodwill/limits/agents/{agentId}")
	AuthorityResponse changeAgentLimits(@PathVariable UUID agentId, @RequestBody LimitsRequest request) {
		return AuthorityResponse.of(new AgentId(agentId),
				this.goodwill.changeAgentLimits(new AgentId(agentId), request.toAmounts()));
	}

	@DeleteMapping("/api/v1/commerce/goodwill/limits/agents/{agentId}")
	AuthorityResponse removeAgentLimits(@PathVariable UUID agentId) {
		return AuthorityResponse.of(new AgentId(agentId),
				this.goodwill.changeAgentLimits(new AgentId(agentId), List.of()));
	}

	static GoodwillStatus approvalStatus(String status) {
		return switch (status.strip().toLowerCase(Locale.ROOT)) {
			case "pending" -> GoodwillStatus.PENDING_APPROVAL;
			case "approved" -> GoodwillStatus.GRANTED;
			case "rejected" -> GoodwillStatus.REJECTED;
			default ->
				throw new InvalidValueException("status", "'" + status + "' is not one of pending, approved, rejected");
		};
	}

	/**
	 * Reads an amount; the currency is checked first so an unknown one names its field.
	 */
	static MonetaryAmount amount(String field, String currencyField, @Nullable String amount,
			@Nullable String currency) {
		if (currency == null || currency.isBlank()) {
			throw new InvalidValueException(currencyField, "A currency (ISO 4217, e.g. EUR) is required");
		}
		CurrencyCode code = CurrencyCode.parse(currencyField, currency);
		return AmountJson.parse(field, amount, code.value());
	}

	/**
	 * Goodwill asked for: {@code refund} or {@code credit}, an amount, why (and in which
	 * language; detected when not given).
	 */
	record GoodwillRequest(@Nullable String kind, @Nullable String amount, @Nullable String currency,
			@Nullable String reason, @Nullable String reasonLanguage) {
	}

	/** A supervisor's decision: {@code approve} or {@code reject}. */
	record DecisionRequest(@Nullable String decision, @Nullable String note) {

		boolean approves() {
			String value = this.decision == null ? "" : this.decision.strip().toLowerCase(Locale.ROOT);
			return switch (value) {
				case "approve" -> true;
				case "reject" -> false;
				default -> throw new InvalidValueException("decision",
						"'" + this.decision + "' is not a decision: approve or reject");
			};
		}

	}

	/** Limits as sent: amounts with their currencies, at most one per currency. */
	record LimitsRequest(@Nullable List<AmountJson> limits) {

		List<MonetaryAmount> toAmounts() {
			if (this.limits == null) {
				throw new InvalidValueException("limits", "A list of limits is required (it may be empty)");
			}
			return java.util.stream.IntStream.range(0, this.limits.size())
				.mapToObj(i -> amount("limits[" + i + "].amount", "limits[" + i + "].currency",
						this.limits.get(i).amount(), this.limits.get(i).currency()))
				.toList();
		}

	}

	/** Limits as returned. */
	record LimitsResponse(List<AmountJson> limits) {

		static LimitsResponse of(List<MonetaryAmount> limits) {
			return new LimitsResponse(limits.stream().map(AmountJson::of).toList());
		}

	}

	/** An agent's authority: whose limits apply and what they are. */
	record AuthorityResponse(UUID agentId, String role, String source, List<AmountJson> limits) {

		static AuthorityResponse of(AgentId agent, Authority authority) {
			return new AuthorityResponse(agent.value(), EnumValues.write(authority.role()),
					EnumValues.write(authority.source()), authority.limits().stream().map(AmountJson::of).toList());
		}

	}

}
