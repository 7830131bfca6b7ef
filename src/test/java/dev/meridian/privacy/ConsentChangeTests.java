package dev.meridian.privacy;

import dev.meridian.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentChangeTests {

	@Test
	void agreeingToMarketingNeedsTheTextShownAndItsLanguage() {
		assertThatThrownBy(() -> new ConsentChange(Purpose.MARKETING, true, "phone", null, null))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("consent text");
		assertThatThrownBy(() -> new ConsentChange(Purpose.MARKETING, true, "phone", "Offers?", " "))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("language");
		assertThat(new ConsentChange(Purpose.MARKETING, true, "phone", "Angebote?", "de-at").language())
			.isEqualTo("de-AT");
	}

	@Test
	void refusingOrLiftingARefusalNeedsNoText() {
		assertThat(new ConsentChange(Purpose.MARKETING, false, "email", null, null).text()).isNull();
		assertThat(new ConsentChange(Purpose.SURVEYS, true, "api", "", "").language()).isNull();
	}

	@Test
	void purposesAreKnownByTheirApiNamesAndDefaults() {
		assertThat(Purpose.of("Proactive-Notifications")).contains(Purpose.PROACTIVE_NOTIFICATIONS);
		assertThat(Purpose.of("newsletter")).isEmpty();
		assertThat(Purpose.SURVEYS.allowedByDefault()).isTrue();
		assertThat(Purpose.MARKETING.allowedByDefault()).isFalse();
	}

}
