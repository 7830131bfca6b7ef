package dev.meridian.channels.chat.live;

import java.util.UUID;

import dev.meridian.tickets.TicketId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiveTopicsTests {

	@Test
	void readsTheConversationAndTicketBackFromTheirDestinations() {
		UUID id = UUID.randomUUID();
		assertThat(LiveTopics.conversationIn(LiveTopics.conversation(id))).contains(id);
		assertThat(LiveTopics.ticketIn(LiveTopics.ticket(new TicketId(id)))).contains(new TicketId(id));
	}

	@Test
	void aDestinationWithMoreOrOtherThanOneIdNamesNothing() {
		UUID id = UUID.randomUUID();
		assertThat(LiveTopics.conversationIn("/topic/chat." + id + ".x")).isEmpty();
		assertThat(LiveTopics.conversationIn("/topic/chat.*")).isEmpty();
		assertThat(LiveTopics.conversationIn("/topic/chat.#")).isEmpty();
		assertThat(LiveTopics.conversationIn("/topic/ticket." + id)).isEmpty();
		assertThat(LiveTopics.ticketIn("/topic/chat." + id)).isEmpty();
		assertThat(LiveTopics.ticketIn("/topic/ticket." + "x".repeat(36))).isEmpty();
	}

}
