package dev.meridian.privacy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTests {

	private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();

	private final SecretCipher cipher = new SecretCipher(KEY);

	@Test
	void opensWhatItSealedForTheSamePurpose() {
		String sealed = this.cipher.seal("pässwörd 🔑", "email_mailboxes.secret:1");

		assertThat(sealed).startsWith("v1:").doesNotContain("pässwörd");
		assertThat(this.cipher.open(sealed, "email_mailboxes.secret:1")).isEqualTo("pässwörd 🔑");
	}

	@Test
	void sealsTheSameSecretDifferentlyEachTime() {
		assertThat(this.cipher.seal("hunter2", "p")).isNotEqualTo(this.cipher.seal("hunter2", "p"));
	}

	@Test
	void noticesAnyChangedByte() {
		String sealed = this.cipher.seal("hunter2", "p");
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
		for (int i = 0; i < bytes.length; i++) {
			byte[] tampered = bytes.clone();
			tampered[i] ^= 0x01;
			String changed = "v1:" + Base64.getEncoder().encodeToString(tampered);
			assertThatThrownBy(() -> this.cipher.open(changed, "p")).as("byte " + i)
				.isInstanceOf(SecretUnreadableException.class);
		}
	}

	@Test
	void doesNotOpenWithAnotherKey() {
		String sealed = this.cipher.seal("hunter2", "p");
		SecretCipher other = new SecretCipher("fedcba9876543210fedcba9876543210".getBytes());

		assertThatThrownBy(() -> other.open(sealed, "p")).isInstanceOf(SecretUnreadableException.class)
			.hasMessageContaining("another key");
	}

	@Test
	void doesNotOpenOnAnotherRow() {
		String sealed = this.cipher.seal("hunter2", "email_mailboxes.secret:1");

		assertThatThrownBy(() -> this.cipher.open(sealed, "email_mailboxes.secret:2"))
			.isInstanceOf(SecretUnreadableException.class);
	}

	@Test
	void refusesPlaintextAndTruncatedValues() {
		assertThatThrownBy(() -> this.cipher.open("hunter2", "p")).isInstanceOf(SecretUnreadableException.class);
		assertThatThrownBy(() -> this.cipher.open("v1:AAAA", "p")).isInstanceOf(SecretUnreadableException.class);
		assertThatThrownBy(() -> this.cipher.open("v1:not base64!", "p")).isInstanceOf(SecretUnreadableException.class);
	}

	@Test
	void takesOnlyA256BitKey() {
		assertThatThrownBy(() -> new SecretCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SecretCipher.fromBase64("not a key")).isInstanceOf(IllegalArgumentException.class);
		assertThat(
				SecretCipher.fromBase64(Base64.getEncoder().encodeToString(KEY)).open(this.cipher.seal("x", "p"), "p"))
			.isEqualTo("x");
	}

}
