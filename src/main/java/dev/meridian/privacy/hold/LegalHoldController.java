package dev.meridian.privacy.hold;

import java.util.List;
import java.util.Map;

import dev.meridian.InvalidValueException;
import dev.meridian.privacy.LegalHold;
import dev.meridian.privacy.LegalHolds;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins read and set each market's legal hold: {@code {"years": 10, "orderFields":
 * ["number", "placedAt", "amounts", "currency", "country"]}}. Access is for admins only
 * (security configuration).
 */
@RestController
@RequestMapping("/api/v1/privacy/legal-holds")
class LegalHoldController {

	private final LegalHolds holds;

	LegalHoldController(LegalHolds holds) {
		this.holds = holds;
	}

	/** A hold as the API shows it; {@code own}: the market's own, not the default. */
	record Hold(@Nullable String market, int years, List<String> orderFields, boolean own) {

		static Hold of(LegalHold hold, boolean own) {
			return new Hold(hold.market(), hold.years(), hold.fieldKeys(), own);
		}

	}

	record HoldChange(@Nullable Integer years, @Nullable List<String> orderFields) {
	}

	@GetMapping
	Map<String, Object> all() {
		return Map.of("default", Hold.of(this.holds.defaults(), false), "markets",
				this.holds.markets().stream().map(hold -> Hold.of(hold, true)).toList());
	}

	/** The hold that applies to the market: its own, else the default. */
	@GetMapping("/markets/{market}")
	Hold market(@PathVariable String market) {
		return this.holds.own(market)
			.map(hold -> Hold.of(hold, true))
			.orElseGet(() -> new Hold(market.strip().toUpperCase(java.util.Locale.ROOT), this.holds.defaults().years(),
					this.holds.defaults().fieldKeys(), false));
	}

	@PutMapping("/markets/{market}")
	Hold replace(@PathVariable String market, @RequestBody HoldChange change) {
		if (change.years() == null) {
			throw new InvalidValueException("years",
					"Say how many years after the order its fields are kept (0-" + LegalHolds.MAX_YEARS + ")");
		}
		if (change.orderFields() == null) {
			throw new InvalidValueException("orderFields", "Say which order fields are kept (may be empty)");
		}
		return Hold.of(this.holds.put(market, change.years(), change.orderFields()), true);
	}

	/** Back to the default. */
	@DeleteMapping("/markets/{market}")
	Hold reset(@PathVariable String market) {
		this.holds.remove(market);
		return market(market);
	}

}
