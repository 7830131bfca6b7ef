package dev.meridian.customers;

import dev.meridian.EmailAddresses;
import dev.meridian.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactValuesTests {

	@Test
	void lowercasesTheDomainButNotTheLocalPart() {
		assertThat(EmailAddresses.normalize(" Hanako.Tanaka@Example.JP ")).isEqualTo("Hanako.Tanaka@example.jp");
	}

	@Test
	void acceptsInternationalizedAddresses() {
		assertThat(EmailAddresses.normalize("jörg@müller.de")).isEqualTo("jörg@müller.de");
	}

	@ParameterizedTest
	@ValueSource(strings = { "no-at-sign", "a@b", "two@@example.com", "spaces in@example.com", "<a@example.com>" })
	void refusesWhatIsNotAnAddress(String input) {
		assertThatThrownBy(() -> EmailAddresses.normalize(input)).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void normalizesPhoneNumbersToE164() {
		assertThat(PhoneNumbers.normalize("+49 (30) 1234-5678")).isEqualTo("+493012345678");
	}

	@ParameterizedTest
	@ValueSource(strings = { "030 1234567", "+0123456789", "+12", "+1234567890123456" })
	void refusesNumbersNotInE164(String input) {
		assertThatThrownBy(() -> PhoneNumbers.normalize(input)).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("E.164");
	}

}
