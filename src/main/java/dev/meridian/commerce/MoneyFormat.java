package dev.meridian.commerce;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.money.MonetaryAmount;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;

/**
 * Writes an amount for a person in their locale with ICU (CLDR data): {@code 1.234,56 €}
 * in German, {@code ¥1,235} in Japanese, {@code US$1,234.56} for a Canadian or a Mexican
 * reading US dollars. Two choices on top of CLDR:
 * <ul>
 * <li>Where the viewer's own currency is also written "$" (Canada, Mexico, Australia,
 * ...), a foreign currency whose symbol there is a bare "$" or its ISO code gets its
 * international symbol ("US$", "CA$", "A$"), so "$" never means two things in one
 * text.</li>
 * <li>The yen is written with the ordinary sign ¥ (U+00A5), not CLDR's fullwidth ￥ for
 * Japanese, so amounts read the same in mail and in plain-text replies.</li>
 * </ul>
 * Instances are immutable and thread-safe; {@link #of(Locale)} caches them per locale.
 */
public final class MoneyFormat {

	private static final Map<String, MoneyFormat> CACHE = new ConcurrentHashMap<>();

	private static final ULocale INTERNATIONAL = ULocale.forLanguageTag("en-001");

	private final ULocale locale;

	private final String localCurrency;

	private final Map<String, LocalizedNumberFormatter> formatters = new ConcurrentHashMap<>();

	private MoneyFormat(ULocale locale) {
		this.locale = locale;
		String region = locale.getCountry();
		Currency local = region.isEmpty() ? null : Currency.getInstance(new ULocale("und-" + region));
		this.localCurrency = (local != null) ? local.getCurrencyCode() : "";
	}

	/** The format for a viewer's locale (a BCP 47 language with an optional region). */
	public static MoneyFormat of(Locale locale) {
		return CACHE.computeIfAbsent(locale.toLanguageTag(), tag -> new MoneyFormat(ULocale.forLanguageTag(tag)));
	}

	/** Formats the amount with its currency's usual decimals (rounded half-even). */
	public String format(MonetaryAmount amount) {
		return format(amount.getNumber().numberValue(BigDecimal.class), amount.getCurrency().getCurrencyCode());
	}

	/** Formats an amount given as a decimal and an ISO 4217 code. */
	public String format(BigDecimal amount, String currencyCode) {
		return this.formatters.computeIfAbsent(currencyCode, this::formatter).format(amount).toString();
	}

	private LocalizedNumberFormatter formatter(String code) {
		Currency currency = Currency.getInstance(code);
		LocalizedNumberFormatter formatter = NumberFormatter.withLocale(this.locale)
			.unit(currency)
			.precision(Precision.currency(Currency.CurrencyUsage.STANDARD));
		String symbol = currency.getSymbol(this.locale);
		String replacement = null;
		if ("JPY".equals(code) && symbol.equals("\uFFE5")) {
			replacement = "\u00A5";
		}
		else if (!code.equals(this.localCurrency) && isDollarRegion() && (symbol.equals("$") || symbol.equals(code))) {
			String international = currency.getSymbol(INTERNATIONAL);
			if (international.contains("$")) {
				replacement = international;
			}
		}
		if (replacement != null) {
			// NumberFormatter ignores a custom currency symbol; the classic DecimalFormat
			// honours it, and gives back an (immutable) NumberFormatter that keeps it.
			DecimalFormat classic = (DecimalFormat) NumberFormat.getCurrencyInstance(this.locale);
			classic.setCurrency(currency);
			DecimalFormatSymbols symbols = classic.getDecimalFormatSymbols();
			symbols.setCurrencySymbol(replacement);
			classic.setDecimalFormatSymbols(symbols);
			formatter = classic.toNumberFormatter();
		}
		return formatter;
	}

	private boolean isDollarRegion() {
		return !this.localCurrency.isEmpty()
				&& Currency.getInstance(this.localCurrency).getSymbol(this.locale).contains("$");
	}

}
