package dev.meridian.commerce.customs;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A market's duty rate for goods whose HS code starts with {@code hsPrefix} ({@code ""}:
 * the market's default, a representative rate marked as an estimate).
 */
public record DutyRate(long id, String country, String hsPrefix, BigDecimal rate, LocalDate validFrom,
		@Nullable LocalDate validTo, boolean estimate, String source) {

	public boolean appliesOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || !day.isAfter(this.validTo));
	}

	public boolean matches(String hsCode) {
		return hsCode.startsWith(this.hsPrefix);
	}

}
