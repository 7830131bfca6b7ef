package dev.meridian.customers.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.Organization;
import dev.meridian.customers.OrganizationId;
import dev.meridian.markets.CountryCode;
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
 * Organizations customers belong to.
 */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations")
class OrganizationController {

	record OrganizationRequest(@NotBlank @Size(max = 300) String name,
			@Nullable @Size(max = 50) List<@NotBlank @Size(max = 253) String> domains, @Nullable String market) {
	}

	record OrganizationResponse(UUID id, String name, List<String> domains, @Nullable String market, Instant createdAt,
			Instant updatedAt) {

		static OrganizationResponse of(Organization organization) {
			return new OrganizationResponse(organization.id().value(), organization.name(), organization.domains(),
					organization.market().map(CountryCode::value).orElse(null), organization.createdAt(),
					organization.updatedAt());
		}

	}

	private final CustomerManagement customers;

	OrganizationController(CustomerManagement customers) {
		this.customers = customers;
	}

	@GetMapping
	PageResponse<OrganizationResponse> list() {
		return PageResponse.of(this.customers.organizations().stream().map(OrganizationResponse::of).toList());
	}

	@GetMapping("/{id}")
	OrganizationResponse get(@PathVariable UUID id) {
		return OrganizationResponse.of(this.customers.getOrganization(new OrganizationId(id)));
	}

	@PostMapping
	ResponseEntity<OrganizationResponse> create(@Valid @RequestBody OrganizationRequest request) {
		OrganizationResponse created = OrganizationResponse
			.of(this.customers.createOrganization(request.name(), domains(request), market(request)));
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	OrganizationResponse update(@PathVariable UUID id, @Valid @RequestBody OrganizationRequest request) {
		return OrganizationResponse.of(this.customers.updateOrganization(new OrganizationId(id), request.name(),
				domains(request), market(request)));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.customers.deleteOrganization(new OrganizationId(id));
		return ResponseEntity.noContent().build();
	}

	private static List<String> domains(OrganizationRequest request) {
		return request.domains() == null ? List.of() : request.domains();
	}

	private static @Nullable CountryCode market(OrganizationRequest request) {
		return request.market() == null ? null : CountryCode.parse("market", request.market());
	}

}
