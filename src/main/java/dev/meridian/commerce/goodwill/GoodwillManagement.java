package dev.meridian.commerce.goodwill;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.money.MonetaryAmount;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.agents.Actor;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.NotAllowedException;
import dev.meridian.agents.Role;
import dev.meridian.commerce.CurrencyConversions;
import dev.meridian.commerce.MoneyFormat;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.language.DetectionHints;
import dev.meridian.language.LanguageDetection;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import dev.meridian.privacy.AuditTrail;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goodwill on tickets: grants within the asker's authority at once and leaves an internal
 * note on the ticket; puts larger ones before a supervisor; keeps the limits per role and
 * per agent.
 */
@Service
@Transactional
public class GoodwillManagement {

	static final int MAX_TEXT = 2000;

	private final GoodwillGrants grants;

	private final GoodwillLimits limits;

	private final TicketManagement tickets;

	private final CustomerManagement customers;

	private final MarketManagement markets;

	private final AgentManagement agents;

	private final CurrencyConversions conversions;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final LanguageDetection detection;

	private final Clock clock;

	GoodwillManagement(GoodwillGrants grants, GoodwillLimits limits, TicketManagement tickets,
			CustomerManagement customers, MarketManagement markets, AgentManagement agents,
			CurrencyConversions conversions, MessageSource messages, AuditTrail audit, LanguageDetection detection,
			Clock clock) {
		this.detection = detection;
		this.grants = grants;
		this.limits = limits;
		this.tickets = tickets;
		this.customers = customers;
		this.markets = markets;
		this.agents = agents;
		this.conversions = conversions;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Asks for goodwill on a ticket as the actor: granted when the amount (converted into
	 * the limit's currency at today's rate in the market) lies within the actor's
	 * authority, else waiting for a supervisor.
	 * @throws InvalidValueException for an amount that is not positive or a blank reason
	 * @throws GoodwillWithoutMarketException when the ticket has no market to measure in
	 */
	public GoodwillGrant request(TicketId ticketId, GoodwillKind kind, MonetaryAmount amount, @Nullable String reason,
			@Nullable LanguageTag reasonLanguage, Actor actor) {
		if (amount.isNegativeOrZero()) {
			throw new InvalidValueException("amount", "Goodwill is an amount above zero");
		}
		String why = text("reason", reason);
		Ticket ticket = this.tickets.get(ticketId);
		Market market = this.markets.get(marketOf(ticket));
		Authority authority = authority(actor.agent(), actor.role());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), market.timeZone());
		GoodwillDecision decision = GoodwillPolicy.decide(amount, market.currency().value(), authority.limits(),
				(money, to) -> this.conversions.convert(money, to, today));
		GoodwillGrant grant = this.grants
			.save(new GoodwillGrant(ticketId, market.code(), actor.agent(), actor.role(), kind, amount, why,
					reasonLanguage == null ? languageOf(why, actor) : reasonLanguage, decision, this.clock.instant()));
		if (grant.status() == GoodwillStatus.GRANTED) {
			note(grant, actor.agent());
			this.audit.record("goodwill.granted", "goodwill:" + grant.id());
		}
		else {
			this.audit.record("goodwill.approval-requested", "goodwill:" + grant.id());
		}
		return grant;
	}

	/**
	 * The reason's language when the asker did not say: detected, else the asker's
	 * workspace language (a short reason may be too short to tell).
	 */
	private LanguageTag languageOf(String reason, Actor actor) {
		LanguageTag detected = this.detection.detect(reason, DetectionHints.none()).language();
		if (!detected.isUndetermined()) {
			return detected;
		}
		return actor.agent() == null ? LanguageTag.UNDETERMINED
				: this.agents.find(actor.agent()).map(a -> a.uiLanguage()).orElse(LanguageTag.UNDETERMINED);
	}

	/**
	 * A supervisor's decision on goodwill waiting for approval; an approved one is
	 * granted and noted on its ticket.
	 * @throws NotAllowedException unless the actor is a supervisor other than the asker
	 * @throws GoodwillDecidedException if it is not waiting
	 */
	public GoodwillGrant decide(java.util.UUID id, boolean approve, @Nullable String note, Actor actor) {
		if (!actor.is(Role.SUPERVISOR)) {
			throw new NotAllowedException("Deciding on goodwill needs the role supervisor");
		}
		GoodwillGrant grant = get(id);
		if (actor.agentId().isPresent() && actor.agentId().equals(grant.requestedBy())) {
			throw new NotAllowedException("Nobody approves their own goodwill: another supervisor does");
		}
		// The note is optional: a form sends it empty.
		if (note != null && note.length() > MAX_TEXT) {
			throw new InvalidValueException("note", "At most " + MAX_TEXT + " characters");
		}
		grant.decide(approve, note, actor.agent(), this.clock.instant());
		if (approve) {
			note(grant, actor.agent());
		}
		this.audit.record(approve ? "goodwill.approved" : "goodwill.rejected", "goodwill:" + id);
		return grant;
	}

	@Transactional(readOnly = true)
	public GoodwillGrant get(java.util.UUID id) {
		return this.grants.findById(id).orElseThrow(() -> new NotFoundException("Goodwill", id));
	}

	@Transactional(readOnly = true)
	public List<GoodwillGrant> onTicket(TicketId ticket) {
		this.tickets.get(ticket);
		return this.grants.findByTicket(ticket.value());
	}

	/**
	 * Goodwill that went to a supervisor: {@code PENDING_APPROVAL}, {@code GRANTED}
	 * (approved) or {@code REJECTED}, the oldest first.
	 */
	@Transactional(readOnly = true)
	public List<GoodwillGrant> approvals(GoodwillStatus status, int limit) {
		return status == GoodwillStatus.GRANTED ? this.grants.findApproved(Limit.of(limit))
				: this.grants.findByStatus(status, Limit.of(limit));
	}

	/** The agent's authority: their own limits if any are set, else their role's. */
	@Transactional(readOnly = true)
	public Authority authority(AgentId agent) {
		Agent found = this.agents.get(agent);
		return authority(found.id(), found.role());
	}

	private Authority authority(@Nullable AgentId agent, Role role) {
		if (agent != null) {
			List<MonetaryAmount> own = this.limits.findByAgent(agent.value())
				.stream()
				.map(GoodwillLimit::limit)
				.toList();
			if (!own.isEmpty()) {
				return new Authority(role, Authority.Source.AGENT, own);
			}
		}
		List<MonetaryAmount> defaults = this.limits.findByRole(role).stream().map(GoodwillLimit::limit).toList();
		return new Authority(role, defaults.isEmpty() ? Authority.Source.NONE : Authority.Source.ROLE, defaults);
	}

	@Transactional(readOnly = true)
	public List<MonetaryAmount> roleLimits(Role role) {
		return this.limits.findByRole(role).stream().map(GoodwillLimit::limit).toList();
	}

	/** Replaces a role's default limits. */
	public List<MonetaryAmount> changeRoleLimits(Role role, List<MonetaryAmount> amounts) {
		requireDistinct(amounts);
		this.limits.deleteByRole(role);
		Instant now = this.clock.instant();
		amounts.forEach(amount -> this.limits.save(new GoodwillLimit(role, null, amount, now)));
		this.audit.record("goodwill.limits-changed", "role:" + role.name().toLowerCase(Locale.ROOT));
		return roleLimits(role);
	}

	/** Replaces an agent's own limits; an empty list leaves the role's to apply. */
	public Authority changeAgentLimits(AgentId agent, List<MonetaryAmount> amounts) {
		this.agents.get(agent);
		requireDistinct(amounts);
		this.limits.deleteByAgent(agent.value());
		Instant now = this.clock.instant();
		amounts.forEach(amount -> this.limits.save(new GoodwillLimit(null, agent, amount, now)));
		this.limits.flush();
		this.audit.record("goodwill.limits-changed", "agent:" + agent.value());
		return authority(agent);
	}

	private static void requireDistinct(List<MonetaryAmount> amounts) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < amounts.size(); i++) {
			if (amounts.get(i).isNegative()) {
				throw new InvalidValueException("limits[" + i + "].amount", "A limit is zero or more");
			}
			if (!seen.add(amounts.get(i).getCurrency().getCurrencyCode())) {
				throw new InvalidValueException("limits[" + i + "].currency", "One limit per currency");
			}
		}
	}

	private CountryCode marketOf(Ticket ticket) {
		return ticket.market()
			.or(() -> this.customers.find(ticket.customer()).flatMap(customer -> customer.market()))
			.orElseThrow(() -> new GoodwillWithoutMarketException(ticket.id()));
	}

	/**
	 * An internal note on the ticket, by the agent who granted (or approved) it and in
	 * their workspace language, so colleagues see what the customer was given.
	 */
	private void note(GoodwillGrant grant, @Nullable AgentId by) {
		Agent agent = by == null ? null : this.agents.find(by).orElse(null);
		LanguageTag language = agent == null ? LanguageTag.read("en") : agent.uiLanguage();
		Locale locale = language.locale();
		String amount = MoneyFormat.of(locale).format(grant.amount());
		String kind = this.messages.getMessage("goodwill.kind." + grant.kind().name(), null, locale);
		String text = grant.decidedAt().isPresent() ? this.messages.getMessage("goodwill.note.approved",
				new Object[] { kind, amount, grant.reason(), agent == null ? "-" : agent.displayName() }, locale)
				: this.messages.getMessage("goodwill.note.granted", new Object[] { kind, amount, grant.reason() },
						locale);
		MessageDraft draft = new MessageDraft(text, null, language, null, Visibility.INTERNAL, null, List.of(), null);
		this.tickets.addMessage(grant.ticket(), by == null ? Author.system() : Author.agent(by), draft);
	}

	private static String text(String field, @Nullable String value) {
		String stripped = value == null ? "" : value.strip();
		if (stripped.isEmpty()) {
			throw new InvalidValueException(field, "A " + field + " is required");
		}
		if (stripped.length() > MAX_TEXT) {
			throw new InvalidValueException(field, "At most " + MAX_TEXT + " characters");
		}
		return stripped;
	}

}
