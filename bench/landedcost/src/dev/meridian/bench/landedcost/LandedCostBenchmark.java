package dev.meridian.bench.landedcost;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.meridian.commerce.CurrencyConversions;
import dev.meridian.commerce.LandedCostEstimate;
import dev.meridian.commerce.LandedCostQuery;
import dev.meridian.commerce.customs.CustomsRuleBook;
import dev.meridian.commerce.customs.CustomsRuleData;
import dev.meridian.commerce.customs.LandedCostCalculator;
import dev.meridian.commerce.rates.RateTable;
import dev.meridian.markets.CountryCode;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One landed-cost estimate (goal: under 20 us) on the rules Meridian ships (the data file
 * of migration V91.2) with dated rates in memory, as the server computes it once the rule
 * book is cached: rule lookup, threshold conversion, duty per item, tax, fee, rounding.
 * The queries rotate over markets and both sides of their thresholds, some priced in
 * another currency than the rule's (two conversions), one with three items.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LandedCostBenchmark {

	LandedCostCalculator calculator;

	CustomsRuleBook book;

	LandedCostQuery[] queries;

	int next;

	@Setup
	public void setUp() {
		this.book = CustomsRuleData.load(CustomsRuleData.V91_2).book();
		RateTable rates = new RateTable();
		LocalDate day = LocalDate.of(2025, 8, 1);
		for (int i = 0; i < 60; i++) {
			LocalDate date = day.plusDays(i);
			rates.add("EUR", "USD", date, "1.1658", "ECB")
				.add("EUR", "GBP", date, "0.86465", "ECB")
				.add("EUR", "CAD", date, "1.6044", "ECB")
				.add("EUR", "JPY", date, "171.44", "ECB");
		}
		this.calculator = new LandedCostCalculator(new CurrencyConversions(rates, Clock.systemUTC()));
		List<LandedCostQuery> list = new ArrayList<>();
		list.add(query("US", "DE", "2025-08-30", "USD", "10.00", "6109", "100.00"));
		list.add(query("US", "DE", "2025-08-28", "EUR", "10.00", "8471", "700.00"));
		list.add(query("DE", "US", "2025-08-30", "EUR", "4.90", "9503", "120.00"));
		list.add(query("DE", "US", "2025-08-30", "USD", "4.90", "6109", "240.00"));
		list.add(query("GB", "CN", "2025-08-30", "GBP", "3.50", "9503", "135.01"));
		list.add(query("CA", "US", "2025-08-30", "CAD", "0", "6109", "100.00"));
		list.add(query("CA", "CN", "2025-08-30", "EUR", "0", "6109", "100.00"));
		list.add(query("JP", "US", "2025-08-30", "JPY", "0", "9503", "20000"));
		list.add(query("AU", "US", "2025-08-30", "AUD", "20.00", "9503", "1500.00"));
		list.add(query("NO", "US", "2025-08-30", "NOK", "0", "9503", "2500.00"));
		LandedCostQuery italy = new LandedCostQuery(new CountryCode("IT"), new CountryCode("CN"),
				LocalDate.parse("2026-07-02"),
				List.of(item("610910", "20.00", 1), item("610990", "15.00", 2), item("950300", "10.00", 3)),
				Money.of(new BigDecimal("5.00"), "EUR"));
		list.add(italy);
		this.queries = list.toArray(LandedCostQuery[]::new);
	}

	@Benchmark
	public LandedCostEstimate estimate() {
		LandedCostQuery query = this.queries[this.next];
		this.next = (this.next + 1) % this.queries.length;
		return this.calculator.estimate(query, this.book);
	}

	private static LandedCostQuery query(String to, String from, String date, String currency, String shipping,
			String hsCode, String value) {
		return new LandedCostQuery(new CountryCode(to), new CountryCode(from), LocalDate.parse(date),
				List.of(new LandedCostQuery.Item(hsCode, Money.of(new BigDecimal(value), currency), 1)),
				Money.of(new BigDecimal(shipping), currency));
	}

	private static LandedCostQuery.Item item(String hsCode, String value, int quantity) {
		return new LandedCostQuery.Item(hsCode, Money.of(new BigDecimal(value), "EUR"), quantity);
	}

}
