package dev.meridian.agents;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.markets.CountryCode;
import dev.meridian.time.BusinessSchedule;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.OpenInterval;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * When and how much an agent works: weekly shifts in their own zone, the public holidays
 * they have off, their capacity, and their presence right now. An agent without one has
 * no shifts and is offline, so routing never picks someone nobody has planned for.
 */
@Entity
@Table(name = "agent_availability")
public class AgentAvailability extends AbstractAggregateRoot<AgentAvailability> {

	@Id
	private UUID agentId;

	private @Nullable String holidayCountry;

	private @Nullable String holidaySubdivision;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "agent_shifts", joinColumns = @JoinColumn(name = "agent_id"))
	@OrderColumn(name = "position")
	private List<Shift> shifts = new ArrayList<>();

	private int maxOpenTickets;

	private int maxConcurrentChats;

	@Enumerated(EnumType.STRING)
	private Presence presence;

	private Instant presenceSince;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected AgentAvailability() {
	}

	AgentAvailability(AgentId agent, Instant now) {
		this.agentId = agent.value();
		this.maxOpenTickets = Capacity.DEFAULT.maxOpenTickets();
		this.maxConcurrentChats = Capacity.DEFAULT.maxConcurrentChats();
		this.presence = Presence.OFFLINE;
		this.presenceSince = now;
		this.updatedAt = now;
	}

	void change(AvailabilitySettings settings, Instant now) {
		this.shifts = new ArrayList<>(settings.shifts().stream().map(Shift::new).toList());
		HolidayRegion region = settings.holidayRegion();
		this.holidayCountry = region == null ? null : region.country().value();
		this.holidaySubdivision = region == null ? null : region.subdivision();
		this.maxOpenTickets = settings.capacity().maxOpenTickets();
		this.maxConcurrentChats = settings.capacity().maxConcurrentChats();
		this.updatedAt = now;
		registerEvent(new AgentAvailabilityChanged(agent(), now));
	}

	void changePresence(Presence presence, Instant now) {
		if (this.presence == presence) {
			return;
		}
		this.presence = presence;
		this.presenceSince = now;
		this.updatedAt = now;
		registerEvent(new AgentPresenceChanged(agent(), presence, now));
	}

	void timeOffChanged(Instant now) {
		this.updatedAt = now;
		registerEvent(new AgentAvailabilityChanged(agent(), now));
	}

	public AgentId agent() {
		return new AgentId(this.agentId);
	}

	public List<OpenInterval> shifts() {
		return this.shifts.stream().map(Shift::interval).toList();
	}

	/** The shifts as a schedule on the agent's wall clock. */
	public BusinessSchedule schedule(ZoneId zone) {
		return new BusinessSchedule(zone, shifts());
	}

	public Optional<HolidayRegion> holidayRegion() {
		return Optional.ofNullable(this.holidayCountry)
			.map(country -> new HolidayRegion(new CountryCode(country), this.holidaySubdivision));
	}

	public Capacity capacity() {
		return new Capacity(this.maxOpenTickets, this.maxConcurrentChats);
	}

	public Presence presence() {
		return this.presence;
	}

	public Instant presenceSince() {
		return this.presenceSince;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/** One weekly shift as stored. */
	@Embeddable
	static class Shift {

		@Column(name = "day")
		private String day;

		@Column(name = "starts")
		private LocalTime starts;

		@Column(name = "ends")
		private LocalTime ends;

		protected Shift() {
		}

		Shift(OpenInterval interval) {
			this.day = interval.day().name();
			this.starts = interval.start();
			this.ends = interval.end();
		}

		OpenInterval interval() {
			return new OpenInterval(DayOfWeek.valueOf(this.day), this.starts, this.ends);
		}

	}

}
