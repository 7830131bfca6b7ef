package dev.meridian.commerce.rates.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.DomainException;
import dev.meridian.commerce.AmountJson;
import dev.meridian.commerce.Conversion;
import dev.meridian.commerce.CurrencyConversions;
import dev.meridian.commerce.rates.DatedRate;
import dev.meridian.commerce.rates.DatedRates;
import dev.meridian.commerce.rates.EcbRateImport;
import dev.meridian.markets.CurrencyCode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The admin screen for exchange rates: one day's rates against a base (the latest day by
 * default), a form to enter a day's rates by hand, the ECB import on demand, and a
 * conversion preview that says which rate and day it used. Admins only (the security
 * configuration keeps {@code /app/admin/**} for them).
 */
@Controller
@RequestMapping("/app/admin/exchange-rates")
class ExchangeRateAdminController {

	/** Rows the entry form offers; more currencies take a second round. */
	static final int FORM_ROWS = 6;

	private final DatedRates rates;

	private final CurrencyConversions conversions;

	private final EcbRateImport ecb;

	private final MessageSource messages;

	private final Clock clock;

	ExchangeRateAdminController(DatedRates rates, CurrencyConversions conversions, EcbRateImport ecb,
			MessageSource messages, Clock clock) {
		this.rates = rates;
		this.conversions = conversions;
		this.ecb = ecb;
		this.messages = messages;
		this.clock = clock;
	}

	/** The entry form as typed: a base, a day, and currency/rate rows. */
	record EntryForm(String base, String date, List<String> quotes, List<String> values) {
	}

	/** A conversion preview: what was asked, and the result or why there is none. */
	record Preview(String amount, String from, String to, String date, @Nullable Conversion result,
			@Nullable String problem) {
	}

	@GetMapping
	String day(@RequestParam(required = false) @Nullable String base,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		String code = "EUR";
		LocalDate day = null;
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			code = CurrencyCode.parse("base", base == null || base.isBlank() ? "EUR" : base).value();
			day = date == null || date.isBlank() ? this.rates.latestDate(code).orElse(null)
					: ExchangeRateController.date("date", date);
		}
		catch (DomainException ex) {
			errors.put("view", error(ex));
		}
		Preview preview = amount == null ? null : preview(amount, from, to, day);
		EntryForm form = new EntryForm(code, (day != null ? day : LocalDate.now(this.clock)).toString(), blanks(),
				blanks());
		return page(model, code, day, form, errors, preview);
	}

	@PostMapping
	String enter(@RequestParam(required = false) @Nullable String base,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(name = "quote", required = false) @Nullable List<String> quotes,
			@RequestParam(name = "rate", required = false) @Nullable List<String> values, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		int size = Math.max(quotes == null ? 0 : quotes.size(), values == null ? 0 : values.size());
		EntryForm form = new EntryForm(base == null ? "" : base, date == null ? "" : date, padded(quotes, size),
				padded(values, size));
		Map<String, String> errors = new LinkedHashMap<>();
		String code = null;
		LocalDate day = null;
		try {
			code = CurrencyCode.parse("base", base).value();
		}
		catch (DomainException ex) {
			errors.put("base", text("commerce.ratesAdmin.error.base"));
		}
		try {
			day = ExchangeRateController.date("date", date);
		}
		catch (DomainException ex) {
			errors.put("date", text("commerce.ratesAdmin.error.date"));
		}
		List<DatedRate> rows = new ArrayList<>();
		for (int i = 0; i < form.quotes().size(); i++) {
			String quote = form.quotes().get(i).strip();
			String value = form.values().get(i).strip();
			if (quote.isEmpty() && value.isEmpty()) {
				continue;
			}
			try {
				String quoteCode = CurrencyCode.parse("quote", quote).value();
				if (quoteCode.equals(code)) {
					errors.put("quote" + i, text("commerce.ratesAdmin.error.same"));
					continue;
				}
				BigDecimal rate = ExchangeRateController.rate("rate", value);
				if (code != null && day != null) {
					rows.add(new DatedRate(code, quoteCode, day, rate, ExchangeRateController.MANUAL));
				}
			}
			catch (dev.meridian.InvalidValueException ex) {
				errors.put(ex.field() + i, text("commerce.ratesAdmin.error." + ex.field()));
			}
		}
		if (errors.isEmpty() && rows.isEmpty()) {
			errors.put("rates", text("commerce.ratesAdmin.error.none"));
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			String shown = code != null ? code : "EUR";
			return page(model, shown, this.rates.latestDate(shown).orElse(null), form, errors, null);
		}
		this.rates.saveAll(rows);
		redirect.addFlashAttribute("notice", text("commerce.ratesAdmin.saved", rows.size(), code, day.toString()));
		return "redirect:/app/admin/exchange-rates?base=" + code + "&date=" + day;
	}

	@PostMapping("/import")
	String importEcb(RedirectAttributes redirect) {
		if (!this.ecb.isConfigured()) {
			redirect.addFlashAttribute("problem", text("commerce.ratesAdmin.importNotConfigured"));
			return "redirect:/app/admin/exchange-rates";
		}
		try {
			EcbRateImport.Result result = this.ecb.importConfiguredOncePerCluster();
			if (result == null) {
				redirect.addFlashAttribute("problem", text("commerce.ratesAdmin.importBusy"));
			}
			else {
				redirect.addFlashAttribute("notice",
						text("commerce.ratesAdmin.imported", result.rates(), result.days(), result.from()));
			}
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", text("commerce.ratesAdmin.importFailed", ex.getMessage()));
		}
		return "redirect:/app/admin/exchange-rates";
	}

	private @Nullable Preview preview(String amount, @Nullable String from, @Nullable String to,
			@Nullable LocalDate day) {
		String fromText = from == null ? "" : from;
		String toText = to == null ? "" : to;
		LocalDate when = day != null ? day : LocalDate.now(this.clock);
		try {
			String fromCode = CurrencyCode.parse("from", fromText).value();
			Conversion result = this.conversions.convert(AmountJson.parse("amount", amount, fromCode),
					CurrencyCode.parse("to", toText).value(), when);
			return new Preview(amount, fromText, toText, when.toString(), result, null);
		}
		catch (DomainException ex) {
			return new Preview(amount, fromText, toText, when.toString(), null, error(ex));
		}
	}

	private String page(Model model, String base, @Nullable LocalDate day, EntryForm form, Map<String, String> errors,
			@Nullable Preview preview) {
		model.addAttribute("base", base);
		model.addAttribute("day", day);
		model.addAttribute("rates", day == null ? List.of() : this.rates.onDay(base, day));
		model.addAttribute("bases", this.rates.bases());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("preview", preview);
		model.addAttribute("importConfigured", this.ecb.isConfigured());
		return "commerce/exchange-rates";
	}

	/**
	 * Why, in the viewer's language: the field's message, else the problem type's, else
	 * the rule's own English words.
	 */
	private String error(DomainException ex) {
		String key = ex instanceof dev.meridian.InvalidValueException invalid
				? "commerce.ratesAdmin.error." + invalid.field() : "commerce.ratesAdmin.error." + ex.type();
		return this.messages.getMessage(key, null, ex.getMessage(), LocaleContextHolder.getLocale());
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static List<String> blanks() {
		return padded(null, 0);
	}

	/** The rows as sent, every one kept, with blank rows up to the form's size. */
	private static List<String> padded(@Nullable List<String> values, int size) {
		List<String> rows = new ArrayList<>(values == null ? List.of() : values);
		while (rows.size() < Math.max(size, FORM_ROWS)) {
			rows.add("");
		}
		return rows;
	}

}
