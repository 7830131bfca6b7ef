package dev.meridian.commerce.goodwill;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.money.MonetaryAmount;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.Role;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * Goodwill asked for on a ticket: granted within the asker's authority, or waiting for a
 * supervisor's decision, with what it was compared against so the decision can be
 * explained later.
 */
@Entity
@Table(name = "goodwill_grants")
public class GoodwillGrant {

	@Id
	private UUID id;

	private UUID ticketId;

	private String marketCode;

	private @Nullable UUID requestedBy;

	@Enumerated(EnumType.STRING)
	private Role requestedRole;

	@Enumerated(EnumType.STRING)
	private GoodwillKind kind;

	private BigDecimal amount;

	private String currency;

	private BigDecimal comparedAmount;

	private @Nullable BigDecimal limitAmount;

	private String limitCurrency;

	private @Nullable BigDecimal rate;

	private @Nullable LocalDate rateDate;

	private String reason;

	private String reasonLanguage;

	@Enumerated(EnumType.STRING)
	private GoodwillStatus status;

	private @Nullable UUID decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable String decisionNote;

	private Instant createdAt;

	@Version
	private @Nullable Long version;

	protected GoodwillGrant() {
	}

	GoodwillGrant(TicketId ticket, CountryCode market, @Nullable AgentId requestedBy, Role role, GoodwillKind kind,
			MonetaryAmount amount, String reason, LanguageTag reasonLanguage, GoodwillDecision decision, Instant now) {
		this.id = UUID.randomUUID();
		this.ticketId = ticket.value();
		this.marketCode = market.value();
		this.requestedBy = requestedBy == null ? null : requestedBy.value();
		this.requestedRole = role;
		this.kind = kind;
		this.amount = amount.getNumber().numberValue(BigDecimal.class);
		this.currency = amount.getCurrency().getCurrencyCode();
		this.comparedAmount = decision.compared().getNumber().numberValue(BigDecimal.class);
		this.limitCurrency = decision.compared().getCurrency().getCurrencyCode();
		this.limitAmount = decision.limit() == null ? null : decision.limit().getNumber().numberValue(BigDecimal.class);
		if (decision.conversion() != null) {
			this.rate = decision.conversion().rate();
			this.rateDate = decision.conversion().rateDate();
		}
		this.reason = reason;
		this.reasonLanguage = reasonLanguage.value();
		this.status = decision.withinAuthority() ? GoodwillStatus.GRANTED : GoodwillStatus.PENDING_APPROVAL;
		this.createdAt = now;
	}

	/**
	 * A supervisor's decision on goodwill above the asker's authority.
	 * @throws GoodwillDecidedException if it is not waiting for one
	 */
	void decide(boolean approve, @Nullable String note, @Nullable AgentId supervisor, Instant now) {
		if (this.status != GoodwillStatus.PENDING_APPROVAL) {
			throw new GoodwillDecidedException("Goodwill " + this.id + " is not waiting for approval: it is "
					+ this.status.value().toLowerCase(Locale.ROOT));
		}
		this.status = approve ? GoodwillStatus.GRANTED : GoodwillStatus.REJECTED;
		this.decidedBy = supervisor == null ? null : supervisor.value();
		this.decisionNote = note == null || note.isBlank() ? null : note.strip();
		this.decidedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public TicketId ticket() {
		return new TicketId(this.ticketId);
	}

	public CountryCode market() {
		return new CountryCode(this.marketCode);
	}

	public Optional<AgentId> requestedBy() {
		return Optional.ofNullable(this.requestedBy).map(AgentId::new);
	}

	public Role requestedRole() {
		return this.requestedRole;
	}

	public GoodwillKind kind() {
		return this.kind;
	}

	public MonetaryAmount amount() {
		return Money.of(this.amount, this.currency);
	}

	/** The amount in the limit's currency, as compared. */
	public MonetaryAmount compared() {
		return Money.of(this.comparedAmount, this.limitCurrency);
	}

	public Optional<MonetaryAmount> limit() {
		return Optional.ofNullable(this.limitAmount).map(l -> Money.of(l, this.limitCurrency));
	}

	public Optional<BigDecimal> rate() {
		return Optional.ofNullable(this.rate);
	}

	public Optional<LocalDate> rateDate() {
		return Optional.ofNullable(this.rateDate);
	}

	public String reason() {
		return this.reason;
	}

	/** The language the reason is written in ({@code und} when it could not be told). */
	public LanguageTag reasonLanguage() {
		return new LanguageTag(this.reasonLanguage);
	}

	public GoodwillStatus status() {
		return this.status;
	}

	/** Whether it went (or goes) through a supervisor's approval. */
	public boolean neededApproval() {
		return this.status != GoodwillStatus.GRANTED || this.decidedAt != null;
	}

	public Optional<AgentId> decidedBy() {
		return Optional.ofNullable(this.decidedBy).map(AgentId::new);
	}

	public Optional<Instant> decidedAt() {
		return Optional.ofNullable(this.decidedAt);
	}

	public Optional<String> decisionNote() {
		return Optional.ofNullable(this.decisionNote);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
