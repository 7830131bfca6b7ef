package dev.meridian.agents.web;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.ApiToken;
import dev.meridian.agents.ApiTokenManagement;
import dev.meridian.agents.IssuedToken;
import dev.meridian.agents.Role;
import dev.meridian.agents.Scope;
import dev.meridian.web.EnumValues;
import dev.meridian.web.PageResponse;
import dev.meridian.web.api.IdempotentReplay;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens, for admins. The secret is in the response to the creating request only.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens")
class ApiTokenController {

	record TokenRequest(@NotBlank @Size(max = 200) String name, @NotBlank String role,
			@NotEmpty List<@NotBlank String> scopes, @Nullable UUID agentId) {
	}

	record TokenResponse(UUID id, String name, String role, List<String> scopes, @Nullable UUID agentId,
			Instant createdAt, @Nullable Instant lastUsedAt, boolean revoked, @Nullable String secret) {

		static TokenResponse of(ApiToken token, @Nullable String secret) {
			return new TokenResponse(token.id(), token.name(), EnumValues.write(token.role()),
					token.scopes().stream().map(Scope::value).toList(), token.agent().map(AgentId::value).orElse(null),
					token.createdAt(), token.lastUsedAt().orElse(null), token.isRevoked(), secret);
		}

	}

	private final ApiTokenManagement tokens;

	ApiTokenController(ApiTokenManagement tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	PageResponse<TokenResponse> list() {
		return PageResponse.of(this.tokens.all().stream().map(token -> TokenResponse.of(token, null)).toList());
	}

	@PostMapping
	ResponseEntity<TokenResponse> issue(@Valid @RequestBody TokenRequest request) {
		Set<Scope> scopes = EnumSet.noneOf(Scope.class);
		request.scopes().forEach(scope -> scopes.add(Scope.parse(scope)));
		// Shown once: a retry with the same Idempotency-Key gets the token without it.
		IdempotentReplay.withhold("secret");
		IssuedToken issued = this.tokens.issue(request.name(), EnumValues.parse("role", request.role(), Role.class),
				scopes, request.agentId() == null ? null : new AgentId(request.agentId()));
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id()))
			.body(TokenResponse.of(issued.token(), issued.secret()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable UUID id) {
		this.tokens.revoke(id);
		return ResponseEntity.noContent().build();
	}

}
