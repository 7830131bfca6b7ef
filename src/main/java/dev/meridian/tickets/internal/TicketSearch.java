package dev.meridian.tickets.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.tickets.Ticket;
import dev.meridian.Keyset;
import dev.meridian.tickets.TicketQuery;
import dev.meridian.tickets.TicketSort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Lists tickets for inboxes and the API with keyset pagination on (updated, id), so the
 * thousandth page costs what the first does (see the indexes in V1__foundation.sql).
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
	 * Up to {@code limit} tickets after the cursor in the given order. For
	 * {@link TicketSort#DUE} the cursor holds the earliest due time (or
	 * {@link TicketSort#NO_DUE_TIME}) and the id.
	 */
	public List<Ticket> find(TicketQuery query, TicketSort sort, @Nullable Keyset after, int limit) {
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
		if (sort == TicketSort.DUE) {
			Expression<Instant> due = cb.coalesce(cb.function("least", Instant.class, ticket.get("firstReplyDueAt"),
					ticket.get("nextReplyDueAt"), ticket.get("resolutionDueAt")), TicketSort.NO_DUE_TIME);
			if (after != null) {
				where.add(cb.or(cb.greaterThan(due, after.at()),
						cb.and(cb.equal(due, after.at()), cb.greaterThan(ticket.get("id"), after.id()))));
			}
			criteria.select(ticket)
				.where(where.toArray(Predicate[]::new))
				.orderBy(cb.asc(due), cb.asc(ticket.get("id")));
			return this.entityManager.createQuery(criteria).setMaxResults(limit).getResultList();
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

}
