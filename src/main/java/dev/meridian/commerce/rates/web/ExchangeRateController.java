package dev.meridian.commerce.rates.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.money.MonetaryAmount;

import dev.meridian.InvalidValueException;
import dev.meridian.commerce.AmountJson;
import dev.meridian.commerce.Conversion;
import dev.meridian.commerce.CurrencyConversions;
import dev.meridian.commerce.rates.DatedRate;
import dev.meridian.commerce.rates.DatedRates;
import dev.meridian.commerce.rates.EcbRateImport;
import dev.meridian.markets.CurrencyCode;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchange rates: entered by admins (or imported from the ECB), read and used for
 * conversions by agents.
 */
@RestController
@RequestMapping("/api/v1/commerce/exchange-rates")
@Tag(name = "Exchange rates", description = "Dated exchange rates and conversions")
class ExchangeRateController {

	static final String MANUAL = "manual";

	private final DatedRates rates;

	private final CurrencyConversions conversions;

	private final EcbRateImport ecb;

	private final Clock clock;

	ExchangeRateController(DatedRates rates, CurrencyConversions conversions, EcbRateImport ecb, Clock clock) {
		this.rates = rates;
		this.conversions = conversions;
		this.ecb = ecb;
		this.clock = clock;
	}

	/** One day's rates against a base: units of each quote currency per unit of base. */
	record RatesJson(@Nullable String base, @Nullable String date, @Nullable Map<String, String> rates,
			@Nullable String source) {

	}

	record ConversionJson(String amount, String currency, String rate, String rateDate, String source,
			AmountJson original) {

		static ConversionJson of(Conversion conversion) {
			AmountJson converted = AmountJson.of(conversion.converted());
			return new ConversionJson(converted.amount(), converted.currency(),
					conversion.rate().stripTrailingZeros().toPlainString(), conversion.rateDate().toString(),
					conversion.source(), AmountJson.of(conversion.original()));
		}

	}

	record ImportJson(@Nullable String url) {

	}

	@PostMapping
	ResponseEntity<RatesJson> enter(@RequestBody RatesJson request) {
		String base = CurrencyCode.parse("base", request.base()).value();
		LocalDate date = date("date", request.date());
		if (request.rates() == null || request.rates().isEmpty()) {
			throw new InvalidValueException("rates", "Give at least one rate, e.g. {\"USD\": \"1.0812\"}");
		}
		List<DatedRate> rows = new ArrayList<>();
		Map<String, String> stored = new LinkedHashMap<>();
		request.rates().forEach((quote, value) -> {
			String code = CurrencyCode.parse("rates." + quote, quote).value();
			if (code.equals(base)) {
				throw new InvalidValueException("rates." + quote, "A currency has no rate against itself");
			}
			BigDecimal rate = rate("rates." + quote, value);
			rows.add(new DatedRate(base, code, date, rate, MANUAL));
			stored.put(code, rate.toPlainString());
		});
		this.rates.saveAll(rows);
		return ResponseEntity.created(URI.create("/api/v1/commerce/exchange-rates?base=" + base + "&date=" + date))
			.body(new RatesJson(base, date.toString(), stored, MANUAL));
	}

	@GetMapping
	RatesJson day(@RequestParam(required = false) String base, @RequestParam(required = false) String date) {
		String code = CurrencyCode.parse("base", (base != null) ? base : "EUR").value();
		LocalDate day = (date != null) ? date("date", date) : LocalDate.now(this.clock);
		Map<String, String> found = new LinkedHashMap<>();
		List<String> sources = new ArrayList<>();
		for (DatedRate rate : this.rates.onDay(code, day)) {
			found.put(rate.quote(), rate.rate().stripTrailingZeros().toPlainString());
			if (!sources.contains(rate.source())) {
				sources.add(rate.source());
			}
		}
		return new RatesJson(code, day.toString(), found, String.join(",", sources));
	}

	@GetMapping("/convert")
	ConversionJson convert(@RequestParam(required = false) String amount, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String date) {
		String fromCode = CurrencyCode.parse("from", from).value();
		String toCode = CurrencyCode.parse("to", to).value();
		MonetaryAmount value = AmountJson.parse("amount", amount, fromCode);
		LocalDate day = (date != null) ? date("date", date) : LocalDate.now(this.clock);
		return ConversionJson.of(this.conversions.convert(value, toCode, day));
	}

	/**
	 * Imports ECB reference rates now: from {@code url} if given (admins only, http or
	 * https), else from the configured URL or file.
	 */
	@PostMapping("/import")
	EcbRateImport.Result importEcb(@RequestBody(required = false) @Nullable ImportJson request) {
		if (request != null && request.url() != null && !request.url().isBlank()) {
			URI url;
			try {
				url = URI.create(request.url().strip());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidValueException("url", "'" + request.url() + "' is not a URL");
			}
			if (url.getScheme() == null || !url.getScheme().matches("(?i)https?")) {
				throw new InvalidValueException("url", "Only http and https URLs can be imported");
			}
			return this.ecb.importUrl(url);
		}
		if (!this.ecb.isConfigured()) {
			throw new InvalidValueException("url",
					"Give a url: no meridian.commerce.rates.ecb-url or ecb-file is configured");
		}
		EcbRateImport.Result result = this.ecb.importConfiguredOncePerCluster();
		if (result == null) {
			throw new InvalidValueException("url", "Another node is importing rates right now; try again shortly");
		}
		return result;
	}

	static LocalDate date(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException(field, "A date (YYYY-MM-DD) is needed");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not a date (YYYY-MM-DD)");
		}
	}

	static BigDecimal rate(String field, @Nullable String value) {
		if (value == null || !value.strip().matches("\\d{1,18}(\\.\\d{1,12})?")) {
			throw new InvalidValueException(field, "'" + value + "' is not a rate such as 1.0812 (a decimal string)");
		}
		BigDecimal rate = new BigDecimal(value.strip());
		if (rate.signum() <= 0) {
			throw new InvalidValueException(field, "A rate must be greater than zero");
		}
		return rate;
	}

}
