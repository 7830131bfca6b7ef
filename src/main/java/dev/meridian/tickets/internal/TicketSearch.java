package dev.meridian.tickets.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.tickets.Ticket;
import dev.meridian.Keyset;
import dev.meridian.tickets.TicketQuery;
import dev.meridian.tickets.TicketSort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Lists tickets for inboxes and the API with keyset pagination on (updated, id), or on
 * (earliest due time, id) for the "due first" order, so the thousandth page costs what
 * the first does (see the indexes in V1__foundation.sql and V80__sla_clocks.sql).
 */
@Component
public class TicketSearch {

	private final EntityManager entityManager;

	TicketSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Up to {@code limit} tickets after the cursor. */
	public List<Ticket> find(TicketQuery query, @Nullable Keyset after, int limit) {
		return find(query, TicketSort.UPDATED, after, limit);
	}

	/**
	 * Up to {@code limit} tickets after the cursor, most recently updated first
	 * ({@link TicketSort#UPDATED}; {@link TicketSort#DUE} is {@link #findDue}).
	 */
	public List<Ticket> find(TicketQuery query, TicketSort sort, @Nullable Keyset after, int limit) {
		if (sort != TicketSort.UPDATED) {
			throw new IllegalArgumentException("Tickets by due time are found by findDue");
		}
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Ticket> criteria = cb.createQuery(Ticket.class);
		Root<Ticket> ticket = criteria.from(Ticket.class);
		List<Predicate> where = new ArrayList<>();
		if (!query.statuses().isEmpty()) {
			where.add(ticket.get("status").in(query.statuses()));
		}
		if (query.assignee() != null) {
			where.add(cb.equal(ticket.get("assigneeId"), query.assignee().value()));
		}
		if (query.unassigned()) {
			where.add(cb.isNull(ticket.get("assigneeId")));
		}
		if (query.team() != null) {
			where.add(cb.equal(ticket.get("teamId"), query.team().value()));
		}
		if (query.market() != null) {
			where.add(cb.equal(ticket.get("marketCode"), query.market().value()));
		}
		if (query.language() != null) {
			String tag = query.language().value();
			where.add(tag.contains("-") ? cb.equal(ticket.get("language"), tag)
					: cb.or(cb.equal(ticket.get("language"), tag), cb.like(ticket.get("language"), tag + "-%")));
		}
		if (query.customer() != null) {
			where.add(cb.equal(ticket.get("customerId"), query.customer().value()));
		}
		if (query.tag() != null) {
			where.add(cb
				.isTrue(cb.function("array_contains", Boolean.class, ticket.get("tags"), cb.literal(query.tag()))));
		}
		if (query.updatedSince() != null) {
			where.add(cb.greaterThanOrEqualTo(ticket.get("updatedAt"), query.updatedSince()));
		}
		if (after != null) {
			where.add(cb.or(cb.lessThan(ticket.get("updatedAt"), after.at()),
					cb.and(cb.equal(ticket.get("updatedAt"), after.at()), cb.lessThan(ticket.get("id"), after.id()))));
		}
		criteria.select(ticket)
			.where(where.toArray(Predicate[]::new))
			.orderBy(cb.desc(ticket.get("updatedAt")), cb.desc(ticket.get("id")));
		return this.entityManager.createQuery(criteria).setMaxResults(limit).getResultList();
	}

	/** A ticket found by due time, with its place in that order. */
	public record Due(Ticket ticket, Instant dueOrder) {
	}

	/**
	 * Up to {@code limit} tickets after the cursor, the earliest running service-level
	 * due time first ({@link TicketSort#DUE}); the cursor holds that time (or
	 * {@link TicketSort#NO_DUE_TIME}) and the id.
	 *
	 * <p>
	 * The due times are the SLA module's, in its table {@code sla_clocks}, which keeps
	 * the earliest of them in {@code due_order} with an index on {@code (due_order,
	 * ticket_id)} for this order: tickets with a due time are read through that index,
	 * joined to their rows here; the ones without (including a ticket so new its clocks
	 * have not been set up) come after them in the order of their ids. Both reads are
	 * keyset reads, so the thousandth page costs what the first does. This is the one
	 * place tickets read the SLA module's table; it is read only, never written.
	 */
	public List<Due> findDue(TicketQuery query, @Nullable Keyset after, int limit) {
		List<Object[]> rows = new ArrayList<>();
		if (after == null || after.at().isBefore(TicketSort.NO_DUE_TIME)) {
			Sql sql = new Sql("""
					select c.ticket_id, c.due_order from sla_clocks c join tickets t on t.id = c.ticket_id
					where c.due_order < ?1""", TicketSort.NO_DUE_TIME);
			if (after != null) {
				sql.and("(c.due_order > ? or (c.due_order = ? and c.ticket_id > ?))", after.at(), after.at(),
						after.id());
			}
			rows.addAll(sql.filtered(query).list(" order by c.due_order, c.ticket_id", limit));
		}
		if (rows.size() < limit) {
			Sql sql = new Sql("""
					select t.id, cast(?1 as timestamptz) from tickets t left join sla_clocks c on c.ticket_id = t.id
					where (c.ticket_id is null or c.due_order >= ?1)""", TicketSort.NO_DUE_TIME);
			if (after != null && !after.at().isBefore(TicketSort.NO_DUE_TIME)) {
				sql.and("t.id > ?", after.id());
			}
			rows.addAll(sql.filtered(query).list(" order by t.id", limit - rows.size()));
		}
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, Ticket> byId = this.entityManager
			.createQuery("select t from Ticket t where t.id in :ids", Ticket.class)
			.setParameter("ids", rows.stream().map(row -> (UUID) row[0]).toList())
			.getResultStream()
			.collect(Collectors.toMap(ticket -> ticket.id().value(), Function.identity()));
		return rows.stream()
			.filter(row -> byId.containsKey((UUID) row[0]))
			.map(row -> new Due(byId.get((UUID) row[0]), instant(row[1])))
			.toList();
	}

	private static Instant instant(Object value) {
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.time.OffsetDateTime offset) {
			return offset.toInstant();
		}
		return (Instant) value;
	}

	/** A native query on tickets {@code t}, its conditions and their parameters. */
	private final class Sql {

		private final StringBuilder text;

		private final List<Object> parameters = new ArrayList<>();

		Sql(String text, Object... parameters) {
			this.text = new StringBuilder(text);
			this.parameters.addAll(List.of(parameters));
		}

		/** Adds a condition, each {@code ?} in it numbered and bound in turn. */
		Sql and(String condition, Object... values) {
			StringBuilder numbered = new StringBuilder();
			int value = 0;
			for (char c : condition.toCharArray()) {
				if (c == '?') {
					this.parameters.add(values[value++]);
					numbered.append('?').append(this.parameters.size());
				}
				else {
					numbered.append(c);
				}
			}
			this.text.append(" and ").append(numbered);
			return this;
		}

		/**
		 * The query's criteria as conditions on {@code t}, as {@link #find} applies them.
		 */
		Sql filtered(TicketQuery query) {
			if (!query.statuses().isEmpty()) {
				List<String> statuses = query.statuses().stream().map(Enum::name).sorted().toList();
				and("t.status in (" + String.join(", ", Collections.nCopies(statuses.size(), "?")) + ")",
						statuses.toArray());
			}
			if (query.assignee() != null) {
				and("t.assignee_id = ?", query.assignee().value());
			}
			if (query.unassigned()) {
				and("t.assignee_id is null");
			}
			if (query.team() != null) {
				and("t.team_id = ?", query.team().value());
			}
			if (query.market() != null) {
				and("t.market_code = ?", query.market().value());
			}
			if (query.language() != null) {
				String tag = query.language().value();
				if (tag.contains("-")) {
					and("t.language = ?", tag);
				}
				else {
					and("(t.language = ? or t.language like ?)", tag, tag + "-%");
				}
			}
			if (query.customer() != null) {
				and("t.customer_id = ?", query.customer().value());
			}
			if (query.tag() != null) {
				and("t.tags @> array[cast(? as varchar)]", query.tag());
			}
			if (query.updatedSince() != null) {
				and("t.updated_at >= ?", query.updatedSince());
			}
			return this;
		}

		@SuppressWarnings("unchecked")
		List<Object[]> list(String orderBy, int limit) {
			jakarta.persistence.Query query = TicketSearch.this.entityManager
				.createNativeQuery(this.text + orderBy + " limit " + limit);
			for (int i = 0; i < this.parameters.size(); i++) {
				query.setParameter(i + 1, this.parameters.get(i));
			}
			return query.getResultList();
		}

	}

}
