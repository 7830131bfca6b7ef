package dev.meridian.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.meridian.markets.CountryCode;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.Priority;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A service-level promise for the tickets it matches, counted in business minutes.
 */
@Entity
@Table(name = "sla_policies")
public class SlaPolicy {

	/** Policies in the order they are tried: by position, then by name for equal ones. */
	public static final Comparator<SlaPolicy> ORDER = Comparator.comparingInt(SlaPolicy::position)
		.thenComparing(SlaPolicy::name);

	@Id
	private UUID id;

	private String name;

	private int position;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> priorities = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> markets = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> channels = new ArrayList<>();

	private @Nullable Integer firstReplyMinutes;

	private @Nullable Integer nextReplyMinutes;

	private @Nullable Integer resolutionMinutes;

	private int warningLeadMinutes;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected SlaPolicy() {
	}

	SlaPolicy(SlaPolicyDefinition definition, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(definition, now);
	}

	void apply(SlaPolicyDefinition definition, Instant now) {
		this.name = definition.name();
		this.position = definition.position();
		this.priorities = new ArrayList<>(definition.priorities().stream().map(Enum::name).sorted().toList());
		this.markets = new ArrayList<>(definition.markets().stream().map(CountryCode::value).sorted().toList());
		this.channels = new ArrayList<>(definition.channels().stream().map(Enum::name).sorted().toList());
		this.firstReplyMinutes = definition.firstReplyMinutes();
		this.nextReplyMinutes = definition.nextReplyMinutes();
		this.resolutionMinutes = definition.resolutionMinutes();
		this.warningLeadMinutes = definition.warningLeadMinutes();
		this.updatedAt = now;
	}

	/**
	 * Whether the policy covers a ticket: each criterion is empty (any) or lists the
	 * ticket's value. A ticket without a market matches only policies for any market.
	 */
	public boolean matches(Priority priority, @Nullable CountryCode market, Channel channel) {
		return (this.priorities.isEmpty() || this.priorities.contains(priority.name()))
				&& (this.markets.isEmpty() || (market != null && this.markets.contains(market.value())))
				&& (this.channels.isEmpty() || this.channels.contains(channel.name()));
	}

	/** The first policy, in {@link #ORDER}, that covers the ticket. */
	public static Optional<SlaPolicy> firstMatching(Collection<SlaPolicy> policies, Priority priority,
			@Nullable CountryCode market, Channel channel) {
		return policies.stream().sorted(ORDER).filter(policy -> policy.matches(priority, market, channel)).findFirst();
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public int position() {
		return this.position;
	}

	public Set<Priority> priorities() {
		return this.priorities.stream().map(Priority::valueOf).collect(Collectors.toUnmodifiableSet());
	}

	public Set<CountryCode> markets() {
		return this.markets.stream().map(CountryCode::new).collect(Collectors.toUnmodifiableSet());
	}

	public Set<Channel> channels() {
		return this.channels.stream().map(Channel::valueOf).collect(Collectors.toUnmodifiableSet());
	}

	public @Nullable Integer firstReplyMinutes() {
		return this.firstReplyMinutes;
	}

	public @Nullable Integer nextReplyMinutes() {
		return this.nextReplyMinutes;
	}

	public @Nullable Integer resolutionMinutes() {
		return this.resolutionMinutes;
	}

	public int warningLeadMinutes() {
		return this.warningLeadMinutes;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
