package dev.meridian.tickets;

import java.util.Optional;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.customers.CustomerId;
import org.jspecify.annotations.Nullable;

/**
 * Who wrote a message.
 *
 * @param type customer, agent, the system itself, or the chat's bot (an automated answer
 * posted publicly, never counted as a person's reply)
 * @param id the customer's or agent's id
 */
public record Author(Type type, @Nullable UUID id) {

	/** The kinds of authors. */
	public enum Type {

		CUSTOMER, AGENT, SYSTEM, BOT

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

	/** The bot answering in a chat (i14-chatbot). */
	public static Author bot() {
		return new Author(Type.BOT, null);
	}

	public Optional<AgentId> agent() {
		return this.type == Type.AGENT && this.id != null ? Optional.of(new AgentId(this.id)) : Optional.empty();
	}

}
