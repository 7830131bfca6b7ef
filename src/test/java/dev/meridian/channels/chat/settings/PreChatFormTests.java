package dev.meridian.channels.chat.settings;

import dev.meridian.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

class PreChatFormTests {

	final PreChatForm form = new PreChatForm(FieldMode.REQUIRED, FieldMode.OPTIONAL, FieldMode.OFF);

	@Test
	void requiredFieldsMustBeAnswered() {
		assertThatThrownBy(() -> this.form.check(null, null, null)).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> this.form.check("   ", null, null)).isInstanceOf(InvalidValueException.class);
		assertThatCode(() -> this.form.check("Ana", null, null)).doesNotThrowAnyException();
	}

	@Test
	void anAddressGivenMustReadAsOneAndAnOrderNumberFitAnOrderTag() {
		assertThatThrownBy(() -> this.form.check("Ana", "not an address", null))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("email"));
		assertThatThrownBy(() -> this.form.check("Ana", null, "1".repeat(59)))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("orderNumber"));
		assertThatCode(() -> this.form.check("Ana", "ana@example.com", "DE-1001")).doesNotThrowAnyException();
	}

	@Test
	void noFormIsShownWhenItAsksNothing() {
		assertThat(PreChatForm.NONE.isShown()).isFalse();
		assertThat(this.form.isShown()).isTrue();
		assertThat(FieldMode.parse("prechatName", "Required")).isEqualTo(FieldMode.REQUIRED);
		assertThatThrownBy(() -> FieldMode.parse("prechatName", "maybe")).isInstanceOf(InvalidValueException.class);
	}

}
