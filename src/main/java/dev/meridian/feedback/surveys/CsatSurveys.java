package dev.meridian.feedback.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.meridian.agents.Actor;
import dev.meridian.agents.NotAllowedException;
import dev.meridian.agents.Role;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.feedback.FeedbackSettings;
import dev.meridian.feedback.SurveyException;
import dev.meridian.feedback.SurveyKind;
import dev.meridian.privacy.Consents;
import dev.meridian.privacy.Purpose;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.TicketSolved;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSAT surveys: one per ticket, scheduled when the ticket is solved (after the delay, in
 * the customer's daytime) or asked for through the API. A customer who opted out, or who
 * has no address, is recorded as skipped and never asked.
 */
@Service
public class CsatSurveys {

	private static final Set<Status> DONE = Set.of(Status.SOLVED, Status.CLOSED);

	private final Surveys surveys;

	private final TicketManagement tickets;

	private final CustomerManagement customers;

	private final Consents consents;

	private final SurveyAudience audience;

	private final SurveyCredit credit;

	private final Contacts contacts;

	private final FeedbackSettings settings;

	private final Clock clock;

	CsatSurveys(Surveys surveys, TicketManagement tickets, CustomerManagement customers, Consents consents,
			SurveyAudience audience, SurveyCredit credit, Contacts contacts, FeedbackSettings settings, Clock clock) {
		this.surveys = surveys;
		this.tickets = tickets;
		this.customers = customers;
		this.consents = consents;
		this.audience = audience;
		this.credit = credit;
		this.contacts = contacts;
		this.settings = settings;
		this.clock = clock;
	}

	/** A survey as the API reports it. */
	public record Scheduled(UUID surveyId, String token, Instant scheduledFor) {
	}

	@ApplicationModuleListener
	void on(TicketSolved event) {
		this.tickets.find(event.ticket()).ifPresent(ticket -> solved(ticket, event.at()));
	}

	/**
	 * Schedules the solved ticket's survey unless it has one. A chat visitor without an
	 * address is still asked in the chat while the mail waits for its delay (the sender
	 * skips it then for want of an address); one who opted out is never asked.
	 */
	private void solved(Ticket ticket, Instant at) {
		this.contacts.record(ticket.customer().value(), "ticket", ticket.id().value(), at);
		if (this.surveys.forTicket(ticket.id().value()).isPresent()) {
			return;
		}
		Optional<Customer> customer = this.customers.find(ticket.customer());
		if (customer.isEmpty()) {
			return;
		}
		SurveyAudience.Placed placed = place(ticket, customer.get());
		Instant due = this.audience.timing(placed.market()).afterSolved(at, placed.zone());
		boolean inChat = ticket.channel() == Channel.CHAT;
		String skip = !this.consents.allows(customer.get().id().value(), Purpose.SURVEYS) ? "opted out"
				: customer.get().primaryEmail().isEmpty() && !inChat ? "no email address" : null;
		this.surveys.insert(draft(ticket, customer.get(), placed, due, skip, null), SurveyToken.random(),
				this.clock.instant());
	}

	/**
	 * The ticket's CSAT survey while it may be answered where the customer is (the chat
	 * widget): the ticket solved or closed, its survey neither answered, skipped nor
	 * expired. Schedules it first if the solve was not heard yet, by the same rules.
	 */
	@Transactional
	public Optional<Survey> openFor(TicketId id) {
		Optional<Ticket> ticket = this.tickets.find(id);
		if (ticket.isEmpty() || !DONE.contains(ticket.get().status())) {
			return Optional.empty();
		}
		if (this.surveys.forTicket(id.value()).isEmpty()) {
			solved(ticket.get(), ticket.get().solvedAt().orElse(this.clock.instant()));
		}
		Instant now = this.clock.instant();
		return this.surveys.forTicket(id.value())
			.filter(survey -> !survey.answered() && !"skipped".equals(survey.state()) && !survey.expiredAt(now));
	}

	/**
	 * Sends the ticket's survey now, or at the customer's next daytime: the delay is
	 * skipped, quiet hours and holidays are not, unless an admin asks for {@code now}.
	 * @throws SurveyException when it was sent already or the customer cannot be asked
	 */
	@Transactional
	public Scheduled request(TicketId id, boolean now, Actor actor) {
		if (now && !actor.is(Role.ADMIN)) {
			throw new NotAllowedException(
					"Sending a survey during the customer's quiet hours (now=true) needs the role admin");
		}
		Ticket ticket = this.tickets.get(id);
		Customer customer = this.customers.get(ticket.customer());
		SurveyAudience.Placed placed = place(ticket, customer);
		Instant at = this.clock.instant();
		Instant due = this.audience.timing(placed.market()).requested(at, placed.zone(), now);
		String requestedBy = actor.agentId().map(agent -> "agent:" + agent.value()).orElse("api-token");
		Optional<Survey> existing = this.surveys.forTicket(id.value());
		if (existing.isEmpty()) {
			if (!this.consents.allows(customer.id().value(), Purpose.SURVEYS)) {
				throw new SurveyException(SurveyException.Reason.OPTED_OUT,
						"The customer refused surveys (consent: surveys); no survey is sent");
			}
			if (customer.primaryEmail().isEmpty()) {
				throw new SurveyException(SurveyException.Reason.NO_ADDRESS,
						"The customer has no email address to send the survey to");
			}
			SurveyToken token = SurveyToken.random();
			Survey survey = draft(ticket, customer, placed, due, null, requestedBy);
			if (this.surveys.insert(survey, token, at)) {
				return new Scheduled(survey.id(), token.value(), due);
			}
			existing = this.surveys.forTicket(id.value());
		}
		Survey survey = existing.orElseThrow();
		Optional<String> token = this.surveys.pendingToken(survey.id());
		if (!"scheduled".equals(survey.state()) || token.isEmpty()) {
			throw new SurveyException(SurveyException.Reason.ALREADY_SENT,
					"This ticket's survey was "
							+ ("skipped".equals(survey.state()) ? "skipped (" + survey.reason() + ")" : survey.state())
							+ " already: a ticket is surveyed at most once");
		}
		this.surveys.advance(survey.id(), due, due.plus(this.settings.validity()), requestedBy);
		return new Scheduled(survey.id(), token.get(),
				due.isBefore(survey.scheduledFor()) ? due : survey.scheduledFor());
	}

	private SurveyAudience.Placed place(Ticket ticket, Customer customer) {
		return this.audience.place(customer, ticket.market().orElse(null), ticket.language());
	}

	private Survey draft(Ticket ticket, Customer customer, SurveyAudience.Placed placed, Instant due,
			@Nullable String skip, @Nullable String requestedBy) {
		SurveyCredit.Credit credited = this.credit.of(ticket);
		return new Survey(UUID.randomUUID(), SurveyKind.CSAT, this.settings.csatScale(), ticket.id().value(), null,
				customer.id().value(), placed.language(), placed.market() == null ? null : placed.market().value(),
				placed.zoneKnown() ? placed.zone().getId() : null,
				ticket.channel().name().toLowerCase(java.util.Locale.ROOT),
				credited.agent() == null ? null : credited.agent().value(),
				credited.team() == null ? null : credited.team().value(), credited.translated(),
				skip == null ? "scheduled" : "skipped", skip, requestedBy, due, null,
				due.plus(this.settings.validity()), 0);
	}

}
