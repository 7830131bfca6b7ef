package dev.meridian.sla.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.sla.SlaManagement;
import dev.meridian.sla.SlaPolicy;
import dev.meridian.sla.SlaPolicyDefinition;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.Priority;
import dev.meridian.web.EnumValues;
import dev.meridian.web.ListFields;
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
 * SLA policies: what each kind of ticket is promised, in business minutes.
 */
@RestController
@RequestMapping("/api/v1/sla-policies")
@Tag(name = "SLA policies")
class SlaPolicyController {

	/**
	 * Where the minutes are counted, the same for every policy; each ticket's {@code sla}
	 * names the calendar it got.
	 */
	static final String CALENDAR_RULE = "team calendar if stored, else market calendar "
			+ "(stored or the market's default office week), else 24/7 UTC";

	record PolicyRequest(@Nullable String name, @Nullable Integer position, @Nullable List<String> priorities,
			@Nullable List<String> markets, @Nullable List<String> channels, @Nullable Integer firstReplyMinutes,
			@Nullable Integer nextReplyMinutes, @Nullable Integer resolutionMinutes,
			@Nullable Integer warningLeadMinutes) {

		SlaPolicyDefinition toDefinition() {
			if (this.name == null) {
				throw new InvalidValueException("name", "A policy needs a name");
			}
			return new SlaPolicyDefinition(this.name, this.position == null ? 0 : this.position,
					Set.copyOf(ListFields.parse("priorities", this.priorities,
							(field, value) -> EnumValues.parse(field, value, Priority.class))),
					Set.copyOf(ListFields.parse("markets", this.markets, CountryCode::parse)),
					Set.copyOf(ListFields.parse("channels", this.channels,
							(field, value) -> EnumValues.parse(field, value, Channel.class))),
					this.firstReplyMinutes, this.nextReplyMinutes, this.resolutionMinutes,
					this.warningLeadMinutes == null ? 0 : this.warningLeadMinutes);
		}

	}

	record PolicyResponse(UUID id, String name, int position, List<String> priorities, List<String> markets,
			List<String> channels, @Nullable Integer firstReplyMinutes, @Nullable Integer nextReplyMinutes,
			@Nullable Integer resolutionMinutes, int warningLeadMinutes, String calendar, Instant createdAt,
			Instant updatedAt) {

		static PolicyResponse of(SlaPolicy policy) {
			return new PolicyResponse(policy.id(), policy.name(), policy.position(),
					policy.priorities().stream().sorted().map(EnumValues::write).toList(),
					policy.markets().stream().map(CountryCode::value).sorted().toList(),
					policy.channels().stream().sorted().map(EnumValues::write).toList(), policy.firstReplyMinutes(),
					policy.nextReplyMinutes(), policy.resolutionMinutes(), policy.warningLeadMinutes(), CALENDAR_RULE,
					policy.createdAt(), policy.updatedAt());
		}

	}

	private final SlaManagement sla;

	SlaPolicyController(SlaManagement sla) {
		this.sla = sla;
	}

	@GetMapping
	PageResponse<PolicyResponse> list() {
		return PageResponse.of(this.sla.policies().stream().map(PolicyResponse::of).toList());
	}

	@GetMapping("/{id}")
	PolicyResponse get(@PathVariable UUID id) {
		return PolicyResponse.of(this.sla.get(id));
	}

	@PostMapping
	ResponseEntity<PolicyResponse> create(@RequestBody PolicyRequest request) {
		PolicyResponse created = PolicyResponse.of(this.sla.create(request.toDefinition()));
		return ResponseEntity.created(URI.create("/api/v1/sla-policies/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	PolicyResponse update(@PathVariable UUID id, @RequestBody PolicyRequest request) {
		return PolicyResponse.of(this.sla.update(id, request.toDefinition()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.sla.delete(id);
		return ResponseEntity.noContent().build();
	}

}
