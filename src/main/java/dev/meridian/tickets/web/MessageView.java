package dev.meridian.tickets.web;

import java.util.List;

import dev.meridian.tickets.Attachment;
import dev.meridian.tickets.Direction;
import dev.meridian.tickets.Message;
import org.jspecify.annotations.Nullable;

/**
 * A message on the ticket screen: who wrote it, and whether it is the customer's, a
 * reply, or an internal note (each looks different).
 */
record MessageView(Message message, @Nullable String authorName, List<Attachment> attachments) {

	public String kind() {
		if (this.message.isInternalNote()) {
			return "note";
		}
		if (this.message.author().type() == dev.meridian.tickets.Author.Type.BOT) {
			return "bot";
		}
		return this.message.direction() == Direction.INBOUND ? "inbound" : "outbound";
	}

}
