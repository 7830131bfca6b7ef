package dev.meridian.tickets;

import java.util.Optional;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.customers.CustomerId;
import org.jspecify.annotations.Nullable;

/**
 * Who wrote a message.
 *
 * @param type customer, agent or the system itself
 * @param id the customer's or agent's id
 */
public record Author(Type type, @Nullable UUID id) {

	/** The kinds of authors. */
	public enum Type {

		CUSTOMER, AGENT, SYSTEM

	}

	public static Author customer(CustomerId id) {
		return new Author(Type.CUSTOMER, id.value());
	}

	public static Author agent(AgentId id) {
		return new Author(Type.AGENT, id.value());
	}

	public static Author system() {
		return new Author(Type.SYSTEM, null);
	}

	public Optional<AgentId> agent() {
		return this.type == Type.AGENT && this.id != null ? Optional.of(new AgentId(this.id)) : Optional.empty();
	}

}
