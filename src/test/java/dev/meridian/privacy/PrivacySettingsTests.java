package dev.meridian.privacy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacySettingsTests {

	private final PrivacySettings settings = new PrivacySettings(Duration.ofHours(72), Duration.ofDays(30),
			Map.of("br", Duration.ofDays(15)), Duration.ofDays(7));

	@Test
	void aMarketWithItsOwnLawHasItsOwnDeadline() {
		assertThat(this.settings.deadline("BR")).isEqualTo(Duration.ofDays(15));
		assertThat(this.settings.deadline("br")).isEqualTo(Duration.ofDays(15));
	}

	@Test
	void everyOtherMarketAndNoMarketHaveTheDefault() {
		assertThat(this.settings.deadline("FR")).isEqualTo(Duration.ofDays(30));
		assertThat(this.settings.deadline(null)).isEqualTo(Duration.ofDays(30));
	}

}
