package dev.meridian.commerce.customs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.commerce.CurrencyConversions;
import dev.meridian.commerce.LandedCostEstimate;
import dev.meridian.commerce.LandedCostEstimate.Collector;
import dev.meridian.commerce.LandedCostEstimate.Kind;
import dev.meridian.commerce.LandedCostEstimate.Line;
import dev.meridian.commerce.rates.RateTable;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.meridian.commerce.customs.Parcels.parcel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each market's shipped rules (the data file migration V91.2 loads), on both sides of
 * every dated change and of every threshold.
 */
class MarketRulesTests {

	static final CustomsRuleBook SHIPPED = CustomsRuleData.load(CustomsRuleData.V91_2).book();

	static final RateTable RATES = new RateTable().add("EUR", "USD", LocalDate.of(2025, 8, 28), "1.1671", "ECB")
		.add("EUR", "USD", LocalDate.of(2026, 6, 30), "1.1500", "ECB");

	static final LandedCostCalculator CALCULATOR = new LandedCostCalculator(
			new CurrencyConversions(RATES, Clock.systemUTC()));

	static LandedCostEstimate estimate(Parcels parcel) {
		return CALCULATOR.estimate(parcel.build(), SHIPPED);
	}

	static BigDecimal sum(LandedCostEstimate estimate, Kind kind) {
		return estimate.sum(kind).getNumber().numberValue(BigDecimal.class);
	}

	static List<Line> lines(LandedCostEstimate estimate, Kind kind) {
		return estimate.lines().stream().filter(line -> line.kind() == kind).toList();
	}

	@Nested
	class UnitedStates {

		@Test
		void a100DollarParcelPaysNoDutyOnTheLastDayOfTheDeMinimis() {
			LandedCostEstimate estimate = estimate(
					parcel().to("US").from("DE").on("2025-08-28").item("6109", "100.00"));

			assertThat(lines(estimate, Kind.DUTY)).isEmpty();
			assertThat(lines(estimate, Kind.FEE)).isEmpty();
			assertThat(estimate.total()).isEqualTo(Money.of(100, "USD"));
			assertThat(estimate.basis().ruleCode()).isEqualTo("US-2016-03");
		}

		@Test
		void theSameParcelPaysDutyFromTheFirstDollarAfterTheSuspension() {
			LandedCostEstimate estimate = estimate(
					parcel().to("US").from("DE").on("2025-08-30").item("6109", "100.00"));

			assertThat(sum(estimate, Kind.DUTY)).isEqualByComparingTo("10.00");
			assertThat(lines(estimate, Kind.DUTY).get(0).collectedBy()).isEqualTo(Collector.CARRIER_ON_DELIVERY);
			assertThat(lines(estimate, Kind.DUTY).get(0).estimate()).isTrue();
			assertThat(sum(estimate, Kind.FEE)).isEqualByComparingTo("10.00");
			assertThat(lines(estimate, Kind.VAT)).isEmpty();
			assertThat(estimate.total()).isEqualTo(Money.of(120, "USD"));
			assertThat(estimate.basis().ruleCode()).isEqualTo("US-2025-08-29");
			assertThat(estimate.basis().previousDutyDeMinimis()).isEqualByComparingTo("800");
			assertThat(lines(estimate, Kind.DUTY).get(0).source()).contains("Executive Order 14324").contains("HTSUS");
		}

		@Test
		void chineseGoodsLostTheDeMinimisInMay2025AlreadyOthersDidNot() {
			assertThat(sum(estimate(parcel().to("US").from("CN").on("2025-05-01").item("6109", "100.00")), Kind.DUTY))
				.isZero();
			assertThat(sum(estimate(parcel().to("US").from("CN").on("2025-05-02").item("6109", "100.00")), Kind.DUTY))
				.isEqualByComparingTo("10.00");
			assertThat(sum(estimate(parcel().to("US").from("VN").on("2025-05-02").item("6109", "100.00")), Kind.DUTY))
				.isZero();
		}

		@Test
		void comparesAParcelPricedInEurosWithTheDollarThresholdAtThatDaysRate() {
			// EUR 700 at 1.1671 = USD 816.97: above USD 800.
			LandedCostEstimate estimate = estimate(
					parcel().to("US").from("DE").on("2025-08-28").in("EUR").item("8471", "700.00"));

			assertThat(estimate.basis().valueForThresholds()).isEqualByComparingTo("816.97");
			// 10 % (representative rate with the 2025 baseline duty) of EUR 700
			assertThat(sum(estimate, Kind.DUTY)).isEqualByComparingTo("70.00");
			assertThat(estimate.conversions()).hasSize(2);
			assertThat(estimate.conversions().get(0).rateDate()).isEqualTo(LocalDate.of(2025, 8, 28));
			assertThat(estimate.sum(Kind.FEE)).isEqualTo(Money.of(new BigDecimal("8.57"), "EUR"));
		}

	}

	@Nested
	class Canada {

		@Test
		void goodsFromTheUsAreDutyFreeUpTo150DollarsButPayGstAbove40() {
			LandedCostEstimate estimate = estimate(
					parcel().to("CA").from("US").on("2025-09-01").item("6109", "100.00"));

			assertThat(lines(estimate, Kind.DUTY)).isEmpty();
			assertThat(sum(estimate, Kind.VAT)).isEqualByComparingTo("5.00");
			assertThat(sum(estimate, Kind.FEE)).isEqualByComparingTo("9.95");
			assertThat(estimate.basis().ruleCode()).isEqualTo("CA-CUSMA-2020-07");
		}

		@Test
		void theSameGoodsFromChinaPayDutyAndGstAbove20Dollars() {
			LandedCostEstimate estimate = estimate(
					parcel().to("CA").from("CN").on("2025-09-01").item("6109", "100.00"));

			assertThat(sum(estimate, Kind.DUTY)).isEqualByComparingTo("5.00");
			assertThat(sum(estimate, Kind.VAT)).isEqualByComparingTo("5.25");
			assertThat(estimate.basis().ruleCode()).isEqualTo("CA-2020-07");
		}

		@Test
		void cusmaThresholdsStartOnTheFirstOfJuly2020() {
			assertThat(sum(estimate(parcel().to("CA").from("MX").on("2020-06-30").item("6109", "100.00")), Kind.DUTY))
				.isEqualByComparingTo("5.00");
			assertThat(sum(estimate(parcel().to("CA").from("MX").on("2020-07-01").item("6109", "100.00")), Kind.DUTY))
				.isZero();
		}

		@Test
		void cusmaGoodsUpTo40DollarsAndOtherGoodsUpTo20PayNothing() {
			assertThat(estimate(parcel().to("CA").from("US").on("2025-09-01").item("6109", "40.00")).total())
				.isEqualTo(Money.of(40, "CAD"));
			assertThat(sum(estimate(parcel().to("CA").from("US").on("2025-09-01").item("6109", "40.01")), Kind.VAT))
				.isEqualByComparingTo("2.00");
			assertThat(estimate(parcel().to("CA").from("FR").on("2025-09-01").item("6109", "20.00")).total())
				.isEqualTo(Money.of(20, "CAD"));
			assertThat(sum(estimate(parcel().to("CA").from("FR").on("2025-09-01").item("6109", "20.01")), Kind.DUTY))
				.isEqualByComparingTo("1.00");
		}

		@Test
		void cusmaGoodsAbove150DollarsPayDutyToo() {
			assertThat(sum(estimate(parcel().to("CA").from("US").on("2025-09-01").item("6109", "150.01")), Kind.DUTY))
				.isEqualByComparingTo("7.50");
		}

	}

	@Nested
	class EuropeanUnion {

		@Test
		void upTo150EurosTheSellerCollectsVatUnderIossAndNoDutyIsDue() {
			LandedCostEstimate estimate = estimate(
					parcel().to("DE").from("US").on("2026-06-30").item("6109", "150.00").shipping("10.00"));

			assertThat(lines(estimate, Kind.DUTY)).isEmpty();
			assertThat(sum(estimate, Kind.VAT)).isEqualByComparingTo("30.40");
			assertThat(lines(estimate, Kind.VAT).get(0).collectedBy()).isEqualTo(Collector.SELLER_AT_CHECKOUT);
			assertThat(lines(estimate, Kind.FEE)).isEmpty();
			assertThat(estimate.total()).isEqualTo(Money.of(new BigDecimal("190.40"), "EUR"));
		}

		@Test
		void above150EurosTheCarrierCollectsDutyAndImportVatWithAFee() {
			LandedCostEstimate estimate = estimate(
					parcel().to("DE").from("US").on("2026-06-30").item("8471", "150.01").shipping("10.00"));

			// duty 4 % of 160.01 (CIF) = 6.40; VAT 19 % of 166.41 = 31.62
			assertThat(sum(estimate, Kind.DUTY)).isEqualByComparingTo("6.40");
			assertThat(sum(estimate, Kind.VAT)).isEqualByComparingTo("31.62");
			assertThat(lines(estimate, Kind.VAT).get(0).collectedBy()).isEqualTo(Collector.CARRIER_ON_DELIVERY);
			assertThat(sum(estimate, Kind.FEE)).isEqualByComparingTo("6.00");
		}

		@Test
		void apparelPaysTwelvePercent() {
			assertThat(sum(estimate(parcel().to("FR").from("CN").on("2025-01-10").item("610910", "200.00")), Kind.DUTY))
				.isEqualByComparingTo("24.00");
		}

		@Test
		void fromJuly2026LowValueParcelsPayThreeEurosPerTariffLine() {
			LandedCostEstimate before = estimate(parcel().to("IT")
				.from("CN")
				.on("2026-06-30")
				.item("610910", "20.00")
				.item("610990", "20.00")
				.item("950300", "10.00", 2));
			LandedCostEstimate after = estimate(parcel().to("IT")
				.from("CN")
				.on("2026-07-01")
				.item("610910", "20.00")
				.item("610990", "20.00")
				.item("950300", "10.00", 2));

			assertThat(lines(before, Kind.DUTY)).isEmpty();
			assertThat(sum(after, Kind.DUTY)).isEqualByComparingTo("9.00");
			// VAT 22 % on goods 60 + duty 9
			assertThat(sum(after, Kind.VAT)).isEqualByComparingTo("15.18");
			assertThat(lines(after, Kind.DUTY).get(0).collectedBy()).isEqualTo(Collector.SELLER_AT_CHECKOUT);
		}

		@Test
		void beforeIossGoodsUpTo22EurosPaidNoVatAtAll() {
			assertThat(lines(estimate(parcel().to("NL").from("CN").on("2021-06-30").item("9503", "20.00")), Kind.VAT))
				.isEmpty();
			assertThat(sum(estimate(parcel().to("NL").from("CN").on("2021-07-01").item("9503", "20.00")), Kind.VAT))
				.isEqualByComparingTo("4.20");
		}

		@Test
		void finlandsRateRoseOnTheFirstOfSeptember2024() {
			assertThat(sum(estimate(parcel().to("FI").from("US").on("2024-08-31").item("9503", "100.00")), Kind.VAT))
				.isEqualByComparingTo("24.00");
			assertThat(sum(estimate(parcel().to("FI").from("US").on("2024-09-01").item("9503", "100.00")), Kind.VAT))
				.isEqualByComparingTo("25.50");
		}

		@Test
		void reunionCollectsLocalVatAndOctroiDeMerAtTheBorderMarkedAsEstimates() {
			LandedCostEstimate estimate = estimate(
					parcel().to("RE").from("CN").on("2025-03-01").item("9503", "100.00"));

			assertThat(lines(estimate, Kind.DUTY)).singleElement().satisfies(octroi -> {
				assertThat(octroi.rule()).contains("octroi de mer");
				assertThat(octroi.estimate()).isTrue();
				assertThat(octroi.amount()).isEqualTo(Money.of(new BigDecimal("9.50"), "EUR"));
			});
			// 8.5 % of 109.50
			assertThat(sum(estimate, Kind.VAT)).isEqualByComparingTo("9.31");
			assertThat(sum(estimate, Kind.FEE)).isEqualByComparingTo("10.00");
		}

	}

	@Nested
	class UnitedKingdom {

		@Test
		void upTo135PoundsTheSellerChargesVat() {
			LandedCostEstimate estimate = estimate(
					parcel().to("GB").from("US").on("2025-06-01").item("9503", "135.00"));

			assertThat(sum(estimate, Kind.VAT)).isEqualByComparingTo("27.00");
			assertThat(lines(estimate, Kind.VAT).get(0).collectedBy()).isEqualTo(Collector.SELLER_AT_CHECKOUT);
			assertThat(lines(estimate, Kind.DUTY)).isEmpty();
		}

		@Test
		void above135PoundsTheCarrierCollectsDutyAndImportVat() {
			LandedCostEstimate estimate = estimate(
					parcel().to("GB").from("US").on("2025-06-01").item("9503", "135.01"));

			assertThat(sum(estimate, Kind.DUTY)).isEqualByComparingTo("5.40");
			assertThat(sum(estimate, Kind.VAT)).isEqualByComparingTo("28.08");
			assertThat(sum(estimate, Kind.FEE)).isEqualByComparingTo("8.00");
		}

		@Test
		void before2021OnlyParcelsUpTo15PoundsWereFreeOfVat() {
			LandedCostEstimate old = estimate(parcel().to("GB").from("US").on("2020-12-31").item("9503", "100.00"));
			LandedCostEstimate now = estimate(parcel().to("GB").from("US").on("2021-01-01").item("9503", "100.00"));

			assertThat(lines(old, Kind.VAT).get(0).collectedBy()).isEqualTo(Collector.CARRIER_ON_DELIVERY);
			assertThat(lines(now, Kind.VAT).get(0).collectedBy()).isEqualTo(Collector.SELLER_AT_CHECKOUT);
		}

	}

	@Nested
	class Australia {

		@Test
		void upTo1000DollarsTheSellerChargesGst() {
			LandedCostEstimate estimate = estimate(
					parcel().to("AU").from("US").on("2025-06-01").item("9503", "1000.00").shipping("20.00"));

			assertThat(sum(estimate, Kind.VAT)).isEqualByComparingTo("102.00");
			assertThat(lines(estimate, Kind.DUTY)).isEmpty();
			assertThat(lines(estimate, Kind.FEE)).isEmpty();
		}

		@Test
		void above1000DollarsDutyOnTheGoodsAndGstAtTheBorder() {
			LandedCostEstimate estimate = estimate(
					parcel().to("AU").from("US").on("2025-06-01").item("9503", "1000.01").shipping("20.00"));

			// FOB duty: 5 % of 1000.01 = 50.00; GST 10 % of 1070.01 = 107.00
			assertThat(sum(estimate, Kind.DUTY)).isEqualByComparingTo("50.00");
			assertThat(sum(estimate, Kind.VAT)).isEqualByComparingTo("107.00");
			assertThat(sum(estimate, Kind.FEE)).isEqualByComparingTo("60.00");
		}

		@Test
		void lowValueGoodsPaidNoGstBeforeJuly2018() {
			assertThat(lines(estimate(parcel().to("AU").from("US").on("2018-06-30").item("9503", "500.00")), Kind.VAT))
				.isEmpty();
			assertThat(sum(estimate(parcel().to("AU").from("US").on("2018-07-01").item("9503", "500.00")), Kind.VAT))
				.isEqualByComparingTo("50.00");
		}

	}

	@Nested
	class Japan {

		@Test
		void personalUseGoodsAreTaxedOnSixtyPercentAndFreeUpTo10000Yen() {
			// 16,666 x 0.6 = 9,999.6: inside; 16,667 x 0.6 = 10,000.2: above
			assertThat(estimate(parcel().to("JP").from("US").on("2025-06-01").item("9503", "16666")).total())
				.isEqualTo(Money.of(16666, "JPY"));
			LandedCostEstimate above = estimate(parcel().to("JP").from("US").on("2025-06-01").item("9503", "16667"));
			// duty and tax on the taxable value too: 5 % of 10,000.2; 10 % of 10,500.2
			assertThat(sum(above, Kind.DUTY)).isEqualByComparingTo("500");
			assertThat(sum(above, Kind.VAT)).isEqualByComparingTo("1050");
			assertThat(sum(above, Kind.FEE)).isEqualByComparingTo("200");
		}

		@Test
		void consumptionTaxRoseToTenPercentInOctober2019() {
			assertThat(sum(estimate(parcel().to("JP").from("US").on("2019-09-30").item("9503", "20000")), Kind.VAT))
				.isEqualByComparingTo("1008");
			assertThat(sum(estimate(parcel().to("JP").from("US").on("2019-10-01").item("9503", "20000")), Kind.VAT))
				.isEqualByComparingTo("1260");
		}

	}

	@Nested
	class SwitzerlandAndNorway {

		@Test
		void switzerlandWaivesSmallVatAndDroppedIndustrialDutiesIn2024() {
			assertThat(estimate(parcel().to("CH").from("US").on("2025-06-01").item("9503", "61.73")).total())
				.isEqualTo(Money.of(new BigDecimal("61.73"), "CHF"));
			LandedCostEstimate before = estimate(parcel().to("CH").from("US").on("2023-12-31").item("9503", "100.00"));
			LandedCostEstimate after = estimate(parcel().to("CH").from("US").on("2024-01-01").item("9503", "100.00"));
			assertThat(sum(before, Kind.DUTY)).isEqualByComparingTo("2.00");
			assertThat(sum(before, Kind.VAT)).isEqualByComparingTo("7.85");
			// Above the threshold the duty line is there, zero and marked as an estimate.
			assertThat(lines(after, Kind.DUTY)).singleElement().satisfies(line -> {
				assertThat(line.amount().isZero()).isTrue();
				assertThat(line.estimate()).isTrue();
			});
			assertThat(sum(after, Kind.VAT)).isEqualByComparingTo("8.10");
		}

		@Test
		void norwaysVoecLetsTheSellerChargeVatUpTo3000Kroner() {
			assertThat(lines(estimate(parcel().to("NO").from("US").on("2020-03-31").item("9503", "1000.00")), Kind.VAT)
				.get(0)
				.collectedBy()).isEqualTo(Collector.CARRIER_ON_DELIVERY);
			assertThat(lines(estimate(parcel().to("NO").from("US").on("2020-04-01").item("9503", "1000.00")), Kind.VAT)
				.get(0)
				.collectedBy()).isEqualTo(Collector.SELLER_AT_CHECKOUT);
			assertThat(lines(estimate(parcel().to("NO").from("US").on("2025-01-01").item("9503", "3000.01")), Kind.VAT)
				.get(0)
				.collectedBy()).isEqualTo(Collector.CARRIER_ON_DELIVERY);
		}

	}

	@Nested
	class BadInput {

		@Test
		void aMarketWithoutRulesIsNamed() {
			assertThatExceptionOfType(InvalidValueException.class)
				.isThrownBy(() -> estimate(parcel().to("KR").in("KRW").item("9503", "1000")))
				.satisfies(ex -> assertThat(ex.field()).isEqualTo("destinationCountry"));
		}

		@Test
		void aDayBeforeAnyRuleIsNamed() {
			assertThatExceptionOfType(InvalidValueException.class)
				.isThrownBy(() -> estimate(parcel().to("US").on("2001-01-01").item("9503", "10")))
				.satisfies(ex -> assertThat(ex.field()).isEqualTo("date"));
		}

		@Test
		void hsCodesNeedTwoToTenDigitsAndARealChapter() {
			for (String bad : List.of("1", "7701", "9801", "00", "12345678901", "61a9")) {
				assertThatExceptionOfType(InvalidValueException.class).as(bad)
					.isThrownBy(() -> parcel().item(bad, "10").build());
			}
			assertThat(parcel().item("6109.10", "10").build().items().get(0).hsCode()).isEqualTo("610910");
		}

	}

}
