package dev.meridian.commerce.customs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.money.MonetaryAmount;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.meridian.commerce.LandedCostEstimate;
import dev.meridian.commerce.LandedCostEstimate.Basis;
import dev.meridian.commerce.LandedCostEstimate.Collector;
import dev.meridian.commerce.LandedCostEstimate.Kind;
import dev.meridian.commerce.LandedCostEstimate.Line;
import dev.meridian.commerce.LandedCosts.Explanation;
import dev.meridian.commerce.MoneyFormat;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes "why was I charged" for an estimate, sentence by sentence from the
 * {@code commerce-explanations} bundle: what was sent where and when, what the seller
 * collected at checkout and under which scheme, why duty was or was not due (a suspended
 * exemption is named with the day it ended), what the carrier collected on delivery, and
 * the total. Amounts, dates, country names and lists are written with ICU in the
 * customer's language.
 */
@Component
public class LandedCostExplanations {

	private static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "pt", "ja");

	private final MessageSource messages;

	LandedCostExplanations(MessageSource messages) {
		this.messages = messages;
	}

	public Explanation explain(LandedCostEstimate estimate, Locale requested) {
		Locale locale = LANGUAGES.contains(requested.getLanguage()) ? requested : Locale.ENGLISH;
		Writer writer = new Writer(estimate, locale);
		return new Explanation(locale.toLanguageTag(), writer.write());
	}

	private final class Writer {

		private final LandedCostEstimate estimate;

		private final Locale locale;

		private final MoneyFormat money;

		private final List<String> sentences = new ArrayList<>();

		Writer(LandedCostEstimate estimate, Locale locale) {
			this.estimate = estimate;
			this.locale = locale;
			this.money = MoneyFormat.of(locale);
		}

		String write() {
			Basis basis = this.estimate.basis();
			String country = ULocale.forLanguageTag("und-" + this.estimate.query().destination().value())
				.getDisplayCountry(ULocale.forLocale(this.locale));
			say("intro", money(this.estimate.query().goods()), country, date(this.estimate.query().date()));

			String tax = taxName(basis.taxName());
			MonetaryAmount sellerTax = sum(Kind.VAT, Collector.SELLER_AT_CHECKOUT);
			if (sellerTax.isPositive()) {
				// {3} (the scheme's name) is data in English, so the sentences leave it
				// out.
				say("sellerTax", tax, money(sellerTax), percent(basis.taxRate()), "",
						threshold(basis.sellerCollectsUpTo()));
			}

			MonetaryAmount duty = this.estimate.sum(Kind.DUTY);
			if (basis.dutyDeMinimis() == null) {
				if (basis.previousDutyDeMinimis() != null) {
					say("suspended", date(basis.validFrom()), threshold(basis.previousDutyDeMinimis()));
				}
				else {
					say("noDeMinimis");
				}
			}
			else if (basis.valueForThresholds().compareTo(basis.dutyDeMinimis()) <= 0) {
				if (duty.isPositive()) {
					say("flatDuty", money(duty), threshold(basis.dutyDeMinimis()));
				}
				else {
					say("noDuty", threshold(basis.dutyDeMinimis()));
				}
			}
			else {
				say("aboveDeMinimis", threshold(basis.dutyDeMinimis()));
			}

			List<String> carrier = new ArrayList<>();
			MonetaryAmount carrierDuty = sum(Kind.DUTY, Collector.CARRIER_ON_DELIVERY);
			if (carrierDuty.isPositive()) {
				carrier.add(text("part.duty", money(carrierDuty)));
			}
			MonetaryAmount carrierTax = sum(Kind.VAT, Collector.CARRIER_ON_DELIVERY);
			if (carrierTax.isPositive()) {
				carrier.add(text("part.tax", tax, money(carrierTax)));
			}
			MonetaryAmount fee = sum(Kind.FEE, Collector.CARRIER_ON_DELIVERY);
			if (fee.isPositive()) {
				carrier.add(text("part.fee", money(fee)));
			}
			if (!carrier.isEmpty()) {
				say("carrier", ListFormatter.getInstance(ULocale.forLocale(this.locale)).format(carrier));
			}
			else if (!sellerTax.isPositive() && basis.taxRate().signum() > 0 && basis.taxDeMinimis() != null) {
				say("noTax", tax, threshold(basis.taxDeMinimis()));
			}
			say("total", money(this.estimate.total()));
			if (this.estimate.lines().stream().anyMatch(Line::estimate)) {
				say("estimate");
			}
			// Japanese runs sentences together; the others separate them with a space.
			return String.join("ja".equals(this.locale.getLanguage()) ? "" : " ", this.sentences);
		}

		private MonetaryAmount sum(Kind kind, Collector by) {
			MonetaryAmount sum = this.estimate.total().multiply(0);
			for (Line line : this.estimate.lines()) {
				if (line.kind() == kind && line.collectedBy() == by) {
					sum = sum.add(line.amount());
				}
			}
			return sum;
		}

		private void say(String key, Object... args) {
			this.sentences.add(text(key, args));
		}

		private String text(String key, Object... args) {
			return LandedCostExplanations.this.messages.getMessage("commerce.explain." + key, args, this.locale);
		}

		private String taxName(String name) {
			String key = "commerce.explain.tax." + name.replace(' ', '-');
			return LandedCostExplanations.this.messages.getMessage(key, null, name, this.locale);
		}

		private String money(MonetaryAmount amount) {
			return this.money.format(amount);
		}

		private String threshold(@Nullable BigDecimal amount) {
			if (amount == null) {
				return "";
			}
			return this.money.format(amount, this.estimate.basis().currency());
		}

		private String percent(BigDecimal fraction) {
			com.ibm.icu.text.NumberFormat format = com.ibm.icu.text.NumberFormat
				.getPercentInstance(ULocale.forLocale(this.locale));
			format.setMaximumFractionDigits(2);
			return format.format(fraction);
		}

		private String date(LocalDate day) {
			DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, ULocale.forLocale(this.locale));
			format.setTimeZone(TimeZone.GMT_ZONE);
			return format.format(Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
		}

	}

}
