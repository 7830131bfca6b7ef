package dev.meridian.commerce.customs.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.commerce.LandedCostEstimate;
import dev.meridian.commerce.LandedCostQuery;
import dev.meridian.commerce.LandedCosts;
import dev.meridian.commerce.customs.CustomsRule;
import dev.meridian.commerce.customs.CustomsRules;
import dev.meridian.commerce.customs.DutyRate;
import dev.meridian.markets.CountryCode;
import dev.meridian.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customs rules and duty rates (read by agents, changed by admins), landed-cost estimates
 * and their explanations.
 */
@RestController
@RequestMapping("/api/v1/commerce")
@Tag(name = "Customs and landed cost", description = "Customs rules per market, duty rates, landed-cost estimates")
class CustomsController {

	private final CustomsRules rules;

	private final LandedCosts landedCosts;

	CustomsController(CustomsRules rules, LandedCosts landedCosts) {
		this.rules = rules;
		this.landedCosts = landedCosts;
	}

	record DutyRateJson(@Nullable Long id, @Nullable String country, @Nullable String hsPrefix, @Nullable String rate,
			@Nullable String validFrom, @Nullable String validTo, @Nullable Boolean estimate, @Nullable String source) {

		static DutyRateJson of(DutyRate rate) {
			return new DutyRateJson(rate.id(), rate.country(), rate.hsPrefix(), CustomsRuleJson.text(rate.rate()),
					rate.validFrom().toString(), (rate.validTo() != null) ? rate.validTo().toString() : null,
					rate.estimate(), rate.source());
		}

		DutyRate toRate() {
			String countryCode = CountryCode.parse("country", this.country).value();
			String prefix = (this.hsPrefix == null || this.hsPrefix.isBlank()) ? ""
					: LandedCostQuery.checkHsCode(this.hsPrefix, "hsPrefix");
			BigDecimal value = CustomsRuleJson.fraction("rate", this.rate, true);
			if (this.source == null || this.source.isBlank()) {
				throw new InvalidValueException("source", "Every duty rate needs its source");
			}
			var from = RequestDate.parse("validFrom", this.validFrom);
			var to = (this.validTo != null) ? RequestDate.parse("validTo", this.validTo) : null;
			if (to != null && to.isBefore(from)) {
				throw new InvalidValueException("validTo", "The rate cannot end before it starts");
			}
			return new DutyRate(0, countryCode, prefix, value, from, to, Boolean.TRUE.equals(this.estimate),
					this.source.strip());
		}

	}

	@GetMapping("/customs-rules")
	PageResponse<CustomsRuleJson> rules(@RequestParam(required = false) String country) {
		String code = (country != null) ? CountryCode.parse("country", country).value() : null;
		return PageResponse.of(this.rules.rules(code).stream().map(CustomsRuleJson::of).toList());
	}

	@GetMapping("/customs-rules/{id}")
	CustomsRuleJson rule(@PathVariable long id) {
		return CustomsRuleJson.of(this.rules.rule(id));
	}

	@PostMapping("/customs-rules")
	ResponseEntity<CustomsRuleJson> create(@RequestBody CustomsRuleJson request) {
		CustomsRule created = this.rules.create(request.toRule());
		return ResponseEntity.created(URI.create("/api/v1/commerce/customs-rules/" + created.id()))
			.body(CustomsRuleJson.of(created));
	}

	@PutMapping("/customs-rules/{id}")
	CustomsRuleJson update(@PathVariable long id, @RequestBody CustomsRuleJson request) {
		return CustomsRuleJson.of(this.rules.update(id, request.toRule()));
	}

	@GetMapping("/duty-rates")
	PageResponse<DutyRateJson> dutyRates(@RequestParam(required = false) String country) {
		String code = (country != null) ? CountryCode.parse("country", country).value() : null;
		List<DutyRateJson> rates = this.rules.dutyRates(code).stream().map(DutyRateJson::of).toList();
		return PageResponse.of(rates);
	}

	@PostMapping("/duty-rates")
	ResponseEntity<DutyRateJson> saveDutyRate(@RequestBody DutyRateJson request) {
		DutyRate saved = this.rules.saveDutyRate(request.toRate());
		return ResponseEntity.created(URI.create("/api/v1/commerce/duty-rates?country=" + saved.country()))
			.body(DutyRateJson.of(saved));
	}

	@PostMapping("/landed-cost")
	LandedCostJson.Response estimate(@RequestBody LandedCostJson.Request request) {
		return LandedCostJson.Response.of(this.landedCosts.estimate(request.toQuery()));
	}

	@PostMapping("/landed-cost/explanation")
	LandedCostJson.ExplanationJson explain(@RequestBody LandedCostJson.Request request) {
		LandedCostEstimate estimate = this.landedCosts.estimate(request.toQuery());
		LandedCosts.Explanation explanation = this.landedCosts.explain(estimate, request.locale());
		return new LandedCostJson.ExplanationJson(explanation.language(), explanation.text());
	}

	/** The same explanation for a single line of goods, all in the query string. */
	@GetMapping("/landed-cost/explanation")
	LandedCostJson.ExplanationJson explain(@RequestParam(required = false) String destinationCountry,
			@RequestParam(required = false) String originCountry, @RequestParam(required = false) String currency,
			@RequestParam(required = false) String date, @RequestParam(required = false) String hsCode,
			@RequestParam(required = false) String value, @RequestParam(required = false) Integer quantity,
			@RequestParam(required = false) String shipping, @RequestParam(required = false) String language) {
		return explain(new LandedCostJson.Request(destinationCountry, originCountry, currency, date,
				List.of(new LandedCostJson.ItemJson(hsCode, value, quantity)), shipping, language));
	}

}
