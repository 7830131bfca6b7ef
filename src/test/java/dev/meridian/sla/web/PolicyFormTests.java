package dev.meridian.sla.web;

import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.sla.SlaPolicyDefinition;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyFormTests {

	@Test
	void buildsTheDefinitionFromWhatWasTyped() {
		SlaPolicyDefinition definition = new PolicyForm(" Urgent ", "2", List.of("URGENT"), List.of("DE"),
				List.of("EMAIL", ""), "60", "", " 480 ", "")
			.toDefinition();

		assertThat(definition.name()).isEqualTo("Urgent");
		assertThat(definition.position()).isEqualTo(2);
		assertThat(definition.priorities()).containsExactly(Priority.URGENT);
		assertThat(definition.markets()).containsExactly(new CountryCode("DE"));
		assertThat(definition.channels()).containsExactly(Channel.EMAIL);
		assertThat(definition.firstReplyMinutes()).isEqualTo(60);
		assertThat(definition.nextReplyMinutes()).isNull();
		assertThat(definition.resolutionMinutes()).isEqualTo(480);
		assertThat(definition.warningLeadMinutes()).isZero();
	}

	@Test
	void reportsAFormWithoutTargetsOnAllThreeTargets() {
		assertThatThrownBy(() -> new PolicyForm("Nothing", "0", null, null, null, "", " ", null, "0").toDefinition())
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.field()).isEqualTo(PolicyForm.TARGETS));
	}

	@Test
	void namesTheFieldThatIsNotANumber() {
		assertThatThrownBy(() -> new PolicyForm("Typo", "0", null, null, null, "1h", "", "", "0").toDefinition())
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.field()).isEqualTo("firstReplyMinutes"));
	}

	@Test
	void leavesTheDomainRulesToTheDefinition() {
		assertThatThrownBy(() -> new PolicyForm("Slow", "0", null, null, null, "0", "", "", "0").toDefinition())
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.field()).isEqualTo("firstReplyMinutes"));
	}

}
