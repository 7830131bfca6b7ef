package dev.meridian.agents.web;

import java.net.URI;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents: read by every agent, changed by admins. Agents are deactivated, not deleted, so
 * the history of who answered what stays intact.
 */
@RestController
@RequestMapping("/api/v1/agents")
@Tag(name = "Agents")
class AgentController {

	private final AgentManagement agents;

	AgentController(AgentManagement agents) {
		this.agents = agents;
	}

	@GetMapping
	PageResponse<AgentResponse> list() {
		return PageResponse.of(this.agents.all().stream().map(AgentResponse::of).toList());
	}

	@GetMapping("/{id}")
	AgentResponse get(@PathVariable UUID id) {
		return AgentResponse.of(this.agents.get(new AgentId(id)));
	}

	@PostMapping
	ResponseEntity<AgentResponse> create(@Valid @RequestBody AgentRequest request) {
		AgentResponse created = AgentResponse.of(this.agents.create(request.toProfile(), request.password()));
		return ResponseEntity.created(URI.create("/api/v1/agents/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	AgentResponse update(@PathVariable UUID id, @Valid @RequestBody AgentRequest request) {
		return AgentResponse.of(this.agents.update(new AgentId(id), request.toProfile(), request.password()));
	}

}
