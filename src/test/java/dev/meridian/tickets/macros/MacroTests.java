package dev.meridian.tickets.macros;

import java.time.Instant;
import java.util.List;

import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MacroTests {

	private static final LanguageTag EN = new LanguageTag("en");

	private static final LanguageTag PT_BR = new LanguageTag("pt-BR");

	private final Instant now = Instant.parse("2026-12-05T10:00:00Z");

	private Macro macro() {
		Macro macro = new Macro("Delay", EN, "Order delayed", "Sorry, {{customer.name}}.", MacroActions.NONE, this.now);
		macro.putVariant(PT_BR, "Pedido atrasado", "Desculpe, {{customer.name}}.", EditKind.SUBSTANTIVE, this.now);
		return macro;
	}

	@Test
	void aFreshTranslationIsCurrent() {
		Macro macro = macro();

		assertThat(macro.isOutdated(macro.variant(PT_BR).orElseThrow())).isFalse();
	}

	@Test
	void aSubstantiveChangeOfTheSourceMarksTranslationsOutdated() {
		Macro macro = macro();

		macro.putVariant(EN, "Order delayed", "Sorry for the delay, {{customer.name}}.", EditKind.SUBSTANTIVE,
				this.now);

		assertThat(macro.isOutdated(macro.variant(PT_BR).orElseThrow())).isTrue();
		assertThat(macro.isOutdated(macro.source())).isFalse();
	}

	@Test
	void aMinorChangeOfTheSourceKeepsThemCurrent() {
		Macro macro = macro();

		macro.putVariant(EN, "Order delayed", "Sorry, {{customer.name}}!", EditKind.MINOR, this.now);

		assertThat(macro.isOutdated(macro.variant(PT_BR).orElseThrow())).isFalse();
	}

	@Test
	void updatingTheTranslationMakesItCurrentAgain() {
		Macro macro = macro();
		macro.putVariant(EN, "Order delayed", "Sorry for the delay.", EditKind.SUBSTANTIVE, this.now);

		macro.putVariant(PT_BR, "Pedido atrasado", "Desculpe o atraso.", EditKind.SUBSTANTIVE, this.now);

		assertThat(macro.isOutdated(macro.variant(PT_BR).orElseThrow())).isFalse();
	}

	@Test
	void theSourceVariantCannotBeRemoved() {
		Macro macro = macro();

		assertThatThrownBy(() -> macro.removeVariant(EN, this.now)).isInstanceOf(MacroRuleException.class);
		macro.removeVariant(PT_BR, this.now);
		assertThat(macro.variants()).hasSize(1);
	}

	@Test
	void variantForFollowsTheChain() {
		Macro macro = macro();

		assertThat(macro.variantFor(List.of(new LanguageTag("pt"))).name()).isEqualTo("Pedido atrasado");
		assertThat(macro.variantFor(List.of(new LanguageTag("ja"))).name()).isEqualTo("Order delayed");
	}

}
