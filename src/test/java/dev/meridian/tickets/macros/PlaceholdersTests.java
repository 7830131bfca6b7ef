package dev.meridian.tickets.macros;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTests {

	private final Map<String, @Nullable String> values = new HashMap<>(
			Map.of("customer.name", "Ana Souza", "order.number", "BR-1001"));

	@Test
	void fillsNamedPlaceholders() {
		Placeholders.Filled filled = Placeholders.fill("Olá, {{customer.name}}! Pedido {{ order.number }}.",
				this.values, "BRL", amount -> amount.toPlainString());

		assertThat(filled.body()).isEqualTo("Olá, Ana Souza! Pedido BR-1001.");
		assertThat(filled.unfilled()).isEmpty();
	}

	@Test
	void leavesAPlaceholderWithoutValueAsWrittenAndReportsIt() {
		this.values.put("reply.promised", null);

		Placeholders.Filled filled = Placeholders.fill("Até {{reply.promised}}.", this.values, "BRL",
				BigDecimal::toPlainString);

		assertThat(filled.body()).isEqualTo("Até {{reply.promised}}.");
		assertThat(filled.unfilled()).containsExactly("reply.promised");
	}

	@Test
	void picksTheAmountInTheCustomersCurrencyAndWritesItTheReadersWay() {
		ULocale brazil = ULocale.forLanguageTag("pt-BR");
		Placeholders.Filled filled = Placeholders.fill("Crédito de {{amount EUR 10 | BRL 60.5 | JPY 1500}}.",
				this.values, "BRL", amount -> MacroRendering.money(amount, "BRL", brazil));

		assertThat(filled.body()).isEqualTo("Crédito de R$\u00a060,50.");
	}

	@Test
	void anAmountMissingForTheCurrencyIsReported() {
		Placeholders.Filled filled = Placeholders.fill("{{amount EUR 10}}", this.values, "MXN",
				BigDecimal::toPlainString);

		assertThat(filled.body()).isEqualTo("{{amount EUR 10}}");
		assertThat(filled.unfilled()).containsExactly("amount");
	}

	@Test
	void yenHaveNoDecimals() {
		assertThat(MacroRendering.money(new BigDecimal("1500"), "JPY", ULocale.JAPAN)).isEqualTo("￥1,500");
	}

	@Test
	void promisedTimeIsWrittenInTheCustomersZoneAndLanguage() {
		String written = MacroRendering.dateTime(java.time.Instant.parse("2026-12-07T17:30:00Z"),
				java.time.ZoneId.of("America/Sao_Paulo"), ULocale.forLanguageTag("pt-BR"));

		assertThat(written).contains("14:30").contains("7 de dezembro de 2026").contains("Brasília");
	}

}
