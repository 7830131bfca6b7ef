package dev.meridian.agents.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Team;
import dev.meridian.agents.TeamDefinition;
import dev.meridian.agents.TeamId;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
 * Teams: which agents cover which markets and languages.
 */
@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams")
class TeamController {

	record TeamRequest(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 1000) List<UUID> members,
			@Nullable @Size(max = 300) List<String> markets, @Nullable @Size(max = 100) List<String> languages) {

		TeamDefinition toDefinition() {
			List<CountryCode> countries = new ArrayList<>();
			List<String> requestedMarkets = this.markets == null ? List.of() : this.markets;
			for (int i = 0; i < requestedMarkets.size(); i++) {
				countries.add(CountryCode.parse("markets[" + i + "]", requestedMarkets.get(i)));
			}
			List<LanguageTag> tags = new ArrayList<>();
			List<String> requestedLanguages = this.languages == null ? List.of() : this.languages;
			for (int i = 0; i < requestedLanguages.size(); i++) {
				tags.add(LanguageTag.parse("languages[" + i + "]", requestedLanguages.get(i)));
			}
			List<AgentId> agents = this.members == null ? List.of() : this.members.stream().map(AgentId::new).toList();
			return new TeamDefinition(this.name, agents, countries, tags);
		}

	}

	record TeamResponse(UUID id, String name, List<UUID> members, List<String> markets, List<String> languages,
			Instant createdAt, Instant updatedAt) {

		static TeamResponse of(Team team) {
			return new TeamResponse(team.id().value(), team.name(),
					team.members().stream().map(AgentId::value).toList(),
					team.markets().stream().map(CountryCode::value).toList(),
					team.languages().stream().map(LanguageTag::value).toList(), team.createdAt(), team.updatedAt());
		}

	}

	private final AgentManagement agents;

	TeamController(AgentManagement agents) {
		this.agents = agents;
	}

	@GetMapping
	PageResponse<TeamResponse> list() {
		return PageResponse.of(this.agents.teams().stream().map(TeamResponse::of).toList());
	}

	@GetMapping("/{id}")
	TeamResponse get(@PathVariable UUID id) {
		return TeamResponse.of(this.agents.getTeam(new TeamId(id)));
	}

	@PostMapping
	ResponseEntity<TeamResponse> create(@Valid @RequestBody TeamRequest request) {
		TeamResponse created = TeamResponse.of(this.agents.createTeam(request.toDefinition()));
		return ResponseEntity.created(URI.create("/api/v1/teams/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	TeamResponse update(@PathVariable UUID id, @Valid @RequestBody TeamRequest request) {
		return TeamResponse.of(this.agents.updateTeam(new TeamId(id), request.toDefinition()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.agents.deleteTeam(new TeamId(id));
		return ResponseEntity.noContent().build();
	}

}
