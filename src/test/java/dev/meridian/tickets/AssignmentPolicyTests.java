package dev.meridian.tickets;

import java.util.UUID;

import dev.meridian.agents.Actor;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.NotAllowedException;
import dev.meridian.agents.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssignmentPolicyTests {

	final AgentId me = new AgentId(UUID.randomUUID());

	final AgentId colleague = new AgentId(UUID.randomUUID());

	@Test
	void agentTakesAnUnassignedTicket() {
		assertThatCode(() -> AssignmentPolicy.check(new Actor(this.me, Role.AGENT), null, this.me))
			.doesNotThrowAnyException();
	}

	@Test
	void agentHandsBackTheirOwnTicket() {
		assertThatCode(() -> AssignmentPolicy.check(new Actor(this.me, Role.AGENT), this.me, null))
			.doesNotThrowAnyException();
	}

	@Test
	void agentCannotGiveWorkToAColleague() {
		assertThatThrownBy(() -> AssignmentPolicy.check(new Actor(this.me, Role.AGENT), null, this.colleague))
			.isInstanceOf(NotAllowedException.class);
	}

	@Test
	void agentCannotTakeAColleaguesTicketAway() {
		assertThatThrownBy(() -> AssignmentPolicy.check(new Actor(this.me, Role.AGENT), this.colleague, null))
			.isInstanceOf(NotAllowedException.class);
	}

	@Test
	void supervisorAssignsAnyone() {
		assertThatCode(() -> AssignmentPolicy.check(new Actor(this.me, Role.SUPERVISOR), this.colleague, this.me))
			.doesNotThrowAnyException();
	}

}
