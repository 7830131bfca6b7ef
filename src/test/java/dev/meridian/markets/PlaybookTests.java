package dev.meridian.markets;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaybookTests {

	static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

	final Playbook playbook = new Playbook(new CountryCode("BR"), new LanguageTag("pt-BR"),
			List.of("Trate o cliente por você."), NOW);

	@Test
	void aReaderGetsTheirLanguageThenTheSameLanguageElsewhereThenTheSource() {
		this.playbook.translate(new LanguageTag("en"), List.of("Use você."), NOW);

		assertThat(this.playbook.forReader(Locale.forLanguageTag("en-GB")).items()).containsExactly("Use você.");
		PlaybookView portuguese = this.playbook.forReader(Locale.forLanguageTag("pt"));
		assertThat(portuguese.language()).isEqualTo(new LanguageTag("pt-BR"));
		assertThat(portuguese.inReadersLanguage()).isTrue();
		PlaybookView japanese = this.playbook.forReader(Locale.JAPANESE);
		assertThat(japanese.language()).isEqualTo(new LanguageTag("pt-BR"));
		assertThat(japanese.inReadersLanguage()).isFalse();
		assertThat(japanese.outdated()).isFalse();
	}

	@Test
	void onlyASubstantiveChangeOfTheSourceOutdatesTranslations() {
		this.playbook.translate(new LanguageTag("en"), List.of("Use você."), NOW);

		this.playbook.rewrite(new LanguageTag("pt-BR"), List.of("Trate o cliente por você!"), PlaybookEdit.MINOR, NOW);
		assertThat(this.playbook.forReader(Locale.ENGLISH).outdated()).isFalse();

		this.playbook.rewrite(new LanguageTag("pt-BR"), List.of("Trate o cliente por você.", "Use dias úteis."),
				PlaybookEdit.SUBSTANTIVE, NOW);
		assertThat(this.playbook.revision()).isEqualTo(2);
		assertThat(this.playbook.forReader(Locale.ENGLISH).outdated()).isTrue();
		assertThat(this.playbook.source().isOutdated()).isFalse();
	}

	@Test
	void theSourceKeepsItsLanguage() {
		assertThatThrownBy(() -> this.playbook.rewrite(new LanguageTag("en"), List.of("Hi."), PlaybookEdit.MINOR, NOW))
			.isInstanceOf(PlaybookLanguageException.class);
		assertThatThrownBy(() -> this.playbook.translate(new LanguageTag("pt-BR"), List.of("Oi."), NOW))
			.isInstanceOf(PlaybookLanguageException.class);
	}

	@Test
	void aChecklistIsShortAndHasNoEmptyItems() {
		assertThat(PlaybookText.checked(List.of("  Trim me.  "))).containsExactly("Trim me.");
		assertThatThrownBy(() -> PlaybookText.checked(List.of())).hasMessageContaining("at least one");
		assertThatThrownBy(() -> PlaybookText.checked(java.util.Collections.nCopies(21, "x")))
			.hasMessageContaining("at most 20");
		assertThatThrownBy(() -> PlaybookText.checked(List.of("ok", " "))).hasMessageContaining("empty");
	}

}
