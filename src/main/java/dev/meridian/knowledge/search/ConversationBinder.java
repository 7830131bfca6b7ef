package dev.meridian.knowledge.search;

import dev.meridian.tickets.Message;
import dev.meridian.tickets.Ticket;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes tickets (their subject) and messages (their body) with the same fields, so
 * agents search both at once: the text in its language's field, the ticket it belongs to,
 * the customer, and whether it is an internal note.
 */
final class ConversationBinder implements TypeBinder {

	private final boolean message;

	private ConversationBinder(boolean message) {
		this.message = message;
	}

	static ConversationBinder tickets() {
		return new ConversationBinder(false);
	}

	static ConversationBinder messages() {
		return new ConversationBinder(true);
	}

	@Override
	public void bind(TypeBindingContext context) {
		if (this.message) {
			context.dependencies().use("bodyText").use("language").use("ticketId").use("visibility");
		}
		else {
			context.dependencies().use("subject").use("language").use("customerId");
		}
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldTypeFactory types = context.typeFactory();
		var keyword = types.asString().projectable(Projectable.YES).toIndexFieldType();
		Fields fields = new Fields(schema.field("ticketId", keyword).toReference(),
				schema.field("customer", keyword).toReference(), schema.field("kind", keyword).toReference(),
				schema.field("language", keyword).toReference(), schema.field("internal", keyword).toReference(),
				new TextFields("text", schema, types, true));
		if (this.message) {
			context.bridge(Message.class, new MessageBridge(fields));
		}
		else {
			context.bridge(Ticket.class, new TicketBridge(fields));
		}
	}

	private record Fields(IndexFieldReference<String> ticketId, IndexFieldReference<String> customer,
			IndexFieldReference<String> kind, IndexFieldReference<String> language,
			IndexFieldReference<String> internal, TextFields text) {
	}

	private record TicketBridge(Fields fields) implements TypeBridge<Ticket> {

		@Override
		public void write(DocumentElement document, Ticket ticket, TypeBridgeWriteContext context) {
			document.addValue(this.fields.ticketId(), ticket.id().value().toString());
			document.addValue(this.fields.customer(), ticket.customer().value().toString());
			document.addValue(this.fields.kind(), "ticket");
			document.addValue(this.fields.language(), ticket.language().language());
			document.addValue(this.fields.internal(), "false");
			this.fields.text().write(document, TextLanguages.key(ticket.language()), ticket.subject());
		}

	}

	private record MessageBridge(Fields fields) implements TypeBridge<Message> {

		@Override
		public void write(DocumentElement document, Message message, TypeBridgeWriteContext context) {
			document.addValue(this.fields.ticketId(), message.ticket().value().toString());
			document.addValue(this.fields.kind(), "message");
			document.addValue(this.fields.language(), message.language().language());
			document.addValue(this.fields.internal(), Boolean.toString(message.isInternalNote()));
			this.fields.text().write(document, TextLanguages.key(message.language()), message.text());
		}

	}

}
