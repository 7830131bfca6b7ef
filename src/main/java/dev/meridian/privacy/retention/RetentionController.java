package dev.meridian.privacy.retention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.privacy.RetainedKind;
import dev.meridian.privacy.audit.AuditLog;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins read and set retention periods (days) per market, start a run and read the runs'
 * reports. Access is for admins only (security configuration).
 */
@RestController
@RequestMapping("/api/v1/privacy/retention")
class RetentionController {

	private final RetentionPeriods periods;

	private final RetentionRuns runs;

	private final AuditLog audit;

	RetentionController(RetentionPeriods periods, RetentionRuns runs, AuditLog audit) {
		this.periods = periods;
		this.runs = runs;
		this.audit = audit;
	}

	record Periods(Map<String, Integer> defaults, Map<String, Map<String, Integer>> markets) {
	}

	@GetMapping
	Periods periods() {
		Map<String, Map<String, Integer>> markets = new LinkedHashMap<>();
		this.periods.markets().forEach((market, days) -> markets.put(market, keyed(days)));
		return new Periods(keyed(this.periods.defaults()), markets);
	}

	/** The market's periods as they apply: its own where it has one, else the default. */
	@GetMapping("/markets/{market}")
	Map<String, Integer> market(@PathVariable String market) {
		String code = RetentionPeriods.marketCode(market);
		var markets = this.periods.markets();
		Map<String, Integer> days = new LinkedHashMap<>();
		for (RetainedKind kind : RetainedKind.values()) {
			if (kind.perMarket()) {
				days.put(kind.key(), this.periods.days(kind, code, markets));
			}
		}
		return days;
	}

	/** Replaces the market's own periods; kinds left out (or null) follow the default. */
	@PutMapping("/markets/{market}")
	Map<String, Integer> replace(@PathVariable String market, @RequestBody Map<String, @Nullable Integer> days) {
		this.periods.replace(market, days);
		return market(market);
	}

	@DeleteMapping("/markets/{market}")
	Map<String, Integer> reset(@PathVariable String market) {
		this.periods.replace(market, Map.of());
		return market(market);
	}

	/** Runs retention now and answers its report; {@code market}: that market only. */
	@PostMapping("/runs")
	RetentionRun run(@RequestParam(required = false) @Nullable String market) {
		return this.runs.run(market == null ? null : RetentionPeriods.marketCode(market), this.audit.currentActor());
	}

	@GetMapping("/runs")
	List<RetentionRun> runs(@RequestParam(defaultValue = "20") int limit) {
		if (limit < 1 || limit > 200) {
			throw new InvalidValueException("limit", "Between 1 and 200");
		}
		return this.runs.recent(limit);
	}

	@GetMapping("/runs/{id}")
	RetentionRun run(@PathVariable UUID id) {
		return this.runs.find(id).orElseThrow(() -> new NotFoundException("Retention run", id));
	}

	private static Map<String, Integer> keyed(Map<RetainedKind, Integer> days) {
		Map<String, Integer> keyed = new LinkedHashMap<>();
		days.forEach((kind, value) -> keyed.put(kind.key(), value));
		return keyed;
	}

}
