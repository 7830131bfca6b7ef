package dev.meridian.privacy;

import java.util.Base64;
import java.util.List;

import dev.meridian.database.DatabaseMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rotating {@code MERIDIAN_SECRETS_KEY}: values sealed with the old key still open while
 * it is listed as a previous key, and are sealed again with the new one; without the old
 * key they do not open.
 */
class SecretsKeyRotationTests {

	private static final String OLD = key('o');

	private static final String NEW = key('n');

	private static final String PURPOSE = "email_mailboxes.secret:42";

	@Test
	void aValueSealedWithThePreviousKeyOpensAndIsSealedAgainWithTheNewOne() {
		String sealedWithOld = secrets(OLD, List.of()).seal("hunter2", PURPOSE);
		SecretsAtRest rotated = secrets(NEW, List.of(OLD));

		assertThat(rotated.open(sealedWithOld, PURPOSE)).isEqualTo("hunter2");
		String resealed = rotated.resealed(sealedWithOld, PURPOSE).orElseThrow();
		assertThat(resealed).isNotEqualTo(sealedWithOld);
		assertThat(rotated.resealed(resealed, PURPOSE)).as("already under the new key").isEmpty();

		SecretsAtRest newOnly = secrets(NEW, List.of());
		assertThat(newOnly.open(resealed, PURPOSE)).isEqualTo("hunter2");
		assertThatThrownBy(() -> newOnly.open(sealedWithOld, PURPOSE)).isInstanceOf(SecretUnreadableException.class);
	}

	@Test
	void aPreviousKeyDoesNotOpenAValueForAnotherPurpose() {
		String sealedWithOld = secrets(OLD, List.of()).seal("hunter2", PURPOSE);

		assertThatThrownBy(() -> secrets(NEW, List.of(OLD)).open(sealedWithOld, "email_mailboxes.secret:43"))
			.isInstanceOf(SecretUnreadableException.class);
		assertThatThrownBy(() -> secrets(NEW, List.of(OLD)).resealed(sealedWithOld, "email_mailboxes.secret:43"))
			.isInstanceOf(SecretUnreadableException.class);
	}

	@Test
	void aMalformedPreviousKeyStopsTheStartWithAClearMessage() {
		assertThatThrownBy(() -> secrets(NEW, List.of("not a key")))
			.hasMessageContaining("MERIDIAN_SECRETS_PREVIOUSKEYS");
	}

	private static SecretsAtRest secrets(String key, List<String> previous) {
		return new SecretsAtRest(new SecretsSettings(key, previous), DatabaseMode.EXTERNAL);
	}

	private static String key(char fill) {
		return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
	}

}
