package dev.meridian.tickets;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Links between tickets that belong together without being one conversation, so an agent
 * on either ticket sees the other.
 */
@Service
public class TicketLinks {

	/**
	 * Mail that named a ticket came from someone not part of that ticket's conversation.
	 */
	public static final String UNVERIFIED_SENDER = "unverified-sender";

	private final JdbcClient jdbc;

	private final Clock clock;

	TicketLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Links {@code ticket} to the ticket it refers to; once. */
	public void link(TicketId ticket, TicketId refersTo, String reason) {
		this.jdbc.sql("""
				insert into ticket_links (ticket_id, linked_ticket_id, reason, created_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(ticket.value(), refersTo.value(), reason, Timestamp.from(this.clock.instant()))
			.update();
	}

	/** The ticket's links both ways, oldest first. */
	public List<TicketLink> of(TicketId ticket) {
		return this.jdbc.sql("""
				select t.id, t.number, t.subject, true, l.reason, l.created_at
				  from ticket_links l join tickets t on t.id = l.linked_ticket_id where l.ticket_id = ?
				union all
				select t.id, t.number, t.subject, false, l.reason, l.created_at
				  from ticket_links l join tickets t on t.id = l.ticket_id where l.linked_ticket_id = ?
				order by 6, 2""")
			.params(ticket.value(), ticket.value())
			.query((rs, n) -> new TicketLink(new TicketId(rs.getObject(1, UUID.class)), rs.getLong(2), rs.getString(3),
					rs.getBoolean(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

}
