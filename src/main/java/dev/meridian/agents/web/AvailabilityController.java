package dev.meridian.agents.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.meridian.agents.AgentAvailability;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.AvailabilityManagement;
import dev.meridian.agents.Callers;
import dev.meridian.agents.Presence;
import dev.meridian.agents.TimeOffId;
import dev.meridian.web.EnumValues;
import dev.meridian.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Availability of agents: shifts, holiday region and capacity (set by supervisors), time
 * off (supervisors), presence (agents set their own, supervisors anyone's).
 */
@RestController
@RequestMapping("/api/v1/agents/{id}")
@Tag(name = "Availability")
class AvailabilityController {

	private final AvailabilityManagement availability;

	private final AgentManagement agents;

	private final Clock clock;

	AvailabilityController(AvailabilityManagement availability, AgentManagement agents, Clock clock) {
		this.availability = availability;
		this.agents = agents;
		this.clock = clock;
	}

	@GetMapping("/availability")
	AvailabilityResponse get(@PathVariable UUID id) {
		return response(this.availability.availability(new AgentId(id)));
	}

	@PutMapping("/availability")
	AvailabilityResponse put(@PathVariable UUID id, @RequestBody AvailabilityRequest request) {
		return response(this.availability.change(new AgentId(id), request.toSettings()));
	}

	@PutMapping("/presence")
	AvailabilityResponse presence(@PathVariable UUID id, @RequestBody PresenceRequest request) {
		Presence presence = EnumValues.parse("presence", request.presence(), Presence.class);
		return response(this.availability.changePresence(new AgentId(id), presence, Callers.current()));
	}

	@GetMapping("/time-off")
	PageResponse<TimeOffResponse> timeOff(@PathVariable UUID id) {
		return PageResponse.of(this.availability.timeOff(new AgentId(id)).stream().map(TimeOffResponse::of).toList());
	}

	@PostMapping("/time-off")
	ResponseEntity<TimeOffResponse> addTimeOff(@PathVariable UUID id, @RequestBody TimeOffRequest request) {
		TimeOffResponse created = TimeOffResponse
			.of(this.availability.addTimeOff(new AgentId(id), request.toTimeOff()));
		return ResponseEntity.created(URI.create("/api/v1/agents/" + id + "/time-off/" + created.id())).body(created);
	}

	@DeleteMapping("/time-off/{timeOffId}")
	ResponseEntity<Void> removeTimeOff(@PathVariable UUID id, @PathVariable UUID timeOffId) {
		this.availability.removeTimeOff(new AgentId(id), new TimeOffId(timeOffId));
		return ResponseEntity.noContent().build();
	}

	private AvailabilityResponse response(AgentAvailability availability) {
		Instant now = this.clock.instant();
		AgentId agent = availability.agent();
		return AvailabilityResponse.of(availability, this.agents.get(agent).timeZone().getId(),
				this.availability.isAvailable(agent, now), this.availability.nextShiftStart(agent, now).orElse(null));
	}

	record PresenceRequest(@Nullable String presence) {
	}

}
