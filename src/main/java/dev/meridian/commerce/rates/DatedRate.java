package dev.meridian.commerce.rates;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One unit of {@code base} is worth {@code rate} units of {@code quote} on {@code date},
 * as published by {@code source}.
 */
public record DatedRate(String base, String quote, LocalDate date, BigDecimal rate, String source) {

}
