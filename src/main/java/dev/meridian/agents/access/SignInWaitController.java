package dev.meridian.agents.access;

import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets an admin lift the sign-in back-off of an agent whose account someone has been
 * guessing at, so they need not wait it out.
 */
@RestController
@Tag(name = "Agents")
class SignInWaitController {

	private final AgentManagement agents;

	private final LoginThrottle throttle;

	SignInWaitController(AgentManagement agents, LoginThrottle throttle) {
		this.agents = agents;
		this.throttle = throttle;
	}

	@DeleteMapping("/api/v1/agents/{id}/sign-in-wait")
	@Operation(summary = "Lift the agent's sign-in back-off after failed attempts (admin; this server)")
	ResponseEntity<Void> release(@PathVariable UUID id) {
		this.throttle.release(this.agents.get(new AgentId(id)).email());
		return ResponseEntity.noContent().build();
	}

}
