package dev.meridian.tickets;

/**
 * A channel on which a customer may be connected right now (the chat widget). Another
 * channel that would deliver a reply later and elsewhere (email) asks first: a reply to a
 * visitor who is reading the chat must not also arrive in their mailbox, while a reply to
 * one who has left continues the conversation by mail, on the same ticket.
 */
public interface LiveConversations {

	/** Whether the ticket's customer is connected to it now and reads replies there. */
	boolean isConnected(TicketId ticket);

}
