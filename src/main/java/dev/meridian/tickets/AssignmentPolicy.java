package dev.meridian.tickets;

import dev.meridian.agents.Actor;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.NotAllowedException;
import dev.meridian.agents.Role;
import org.jspecify.annotations.Nullable;

/**
 * Agents take tickets for themselves or hand them back; giving work to someone else is a
 * supervisor's or admin's call.
 */
final class AssignmentPolicy {

	private AssignmentPolicy() {
	}

	static void check(Actor actor, @Nullable AgentId current, @Nullable AgentId target) {
		if (actor.is(Role.SUPERVISOR)) {
			return;
		}
		AgentId self = actor.agent();
		boolean takes = target != null && target.equals(self);
		boolean handsBack = target == null && self != null && self.equals(current);
		if (!takes && !handsBack && !java.util.Objects.equals(current, target)) {
			throw new NotAllowedException("Agents may assign tickets only to themselves; ask a supervisor");
		}
	}

}
