package dev.meridian.markets.web;

import java.net.URI;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.MarketManagement;
import dev.meridian.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

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
 * Markets: read by every agent, changed by admins.
 */
@RestController
@RequestMapping("/api/v1/markets")
@Tag(name = "Markets", description = "Countries the business sells in")
class MarketController {

	private final MarketManagement markets;

	MarketController(MarketManagement markets) {
		this.markets = markets;
	}

	@GetMapping
	PageResponse<MarketResponse> list() {
		return PageResponse.of(this.markets.all().stream().map(MarketResponse::of).toList());
	}

	@GetMapping("/{code}")
	MarketResponse get(@PathVariable String code) {
		return MarketResponse.of(this.markets.get(CountryCode.parse("code", code)));
	}

	@PostMapping
	ResponseEntity<MarketResponse> create(@Valid @RequestBody MarketRequest request) {
		if (request.code() == null) {
			throw new InvalidValueException("code", "A market needs its ISO 3166-1 alpha-2 country code");
		}
		MarketResponse created = MarketResponse.of(this.markets.create(request.toDefinition(request.code())));
		return ResponseEntity.created(URI.create("/api/v1/markets/" + created.code())).body(created);
	}

	@PutMapping("/{code}")
	MarketResponse update(@PathVariable String code, @Valid @RequestBody MarketRequest request) {
		if (request.code() != null && !request.code().equalsIgnoreCase(code)) {
			throw new InvalidValueException("code", "The code in the body differs from the one in the path");
		}
		return MarketResponse.of(this.markets.update(request.toDefinition(code)));
	}

	@DeleteMapping("/{code}")
	ResponseEntity<Void> delete(@PathVariable String code) {
		this.markets.delete(CountryCode.parse("code", code));
		return ResponseEntity.noContent().build();
	}

}
