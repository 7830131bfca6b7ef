package dev.meridian.feedback.surveys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.feedback.FeedbackMailRequested;
import dev.meridian.feedback.FeedbackSettings;
import dev.meridian.feedback.SurveyKind;
import dev.meridian.markets.LanguageTag;
import dev.meridian.privacy.Consents;
import dev.meridian.privacy.Purpose;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due surveys. Rows are claimed with a lease in a short transaction (so each goes
 * to one node of a cluster), then each is sent in a transaction of its own with its row
 * locked: the mail is handed to the email channel as an event stored in that transaction
 * (the event publication registry delivers it after the commit, retried until queued),
 * and the survey is marked sent in the same commit. Consent is checked again at sending
 * time; a ticket reopened since it was solved is not surveyed.
 */
@Component
class SurveySender {

	private static final Logger log = LoggerFactory.getLogger(SurveySender.class);

	private static final int BATCH = 50;

	private static final Duration LEASE = Duration.ofMinutes(2);

	private static final Set<Status> DONE = Set.of(Status.SOLVED, Status.CLOSED);

	private final Surveys surveys;

	private final TicketManagement tickets;

	private final CustomerManagement customers;

	private final Consents consents;

	private final SurveyTexts texts;

	private final SurveyLinks links;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final FeedbackSettings settings;

	private final Clock clock;

	SurveySender(Surveys surveys, TicketManagement tickets, CustomerManagement customers, Consents consents,
			SurveyTexts texts, SurveyLinks links, ApplicationEventPublisher events, TransactionTemplate transaction,
			FeedbackSettings settings, Clock clock) {
		this.surveys = surveys;
		this.tickets = tickets;
		this.customers = customers;
		this.consents = consents;
		this.texts = texts;
		this.links = links;
		this.events = events;
		this.transaction = transaction;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${meridian.feedback.send-interval:30s}", initialDelayString = "5s")
	void sendDue() {
		Instant now = this.clock.instant();
		List<UUID> due;
		try {
			due = this.transaction.execute(status -> this.surveys.claimDue(now, now.plus(LEASE), BATCH));
		}
		catch (RuntimeException ex) {
			log.warn("Looking for due surveys failed; trying again shortly", ex);
			return;
		}
		for (UUID id : due == null ? List.<UUID>of() : due) {
			try {
				this.transaction.executeWithoutResult(status -> send(id));
			}
			catch (RuntimeException ex) {
				log.warn("Survey {} could not be sent, retrying later", id, ex);
				this.transaction.executeWithoutResult(status -> this.surveys.failed(id, String.valueOf(ex.getMessage()),
						this.clock.instant().plus(this.settings.retryDelay())));
			}
		}
	}

	private void send(UUID id) {
		Optional<Survey> locked = this.surveys.lockScheduled(id);
		Optional<String> token = this.surveys.pendingToken(id);
		if (locked.isEmpty() || token.isEmpty()) {
			return;
		}
		Survey survey = locked.get();
		Instant now = this.clock.instant();
		if (!this.consents.allows(survey.customer(), Purpose.SURVEYS)) {
			this.surveys.skipped(id, "opted out");
			return;
		}
		Optional<Customer> customer = this.customers.find(new CustomerId(survey.customer()));
		if (customer.isEmpty() || customer.get().primaryEmail().isEmpty()) {
			this.surveys.skipped(id, customer.isEmpty() ? "customer deleted" : "no email address");
			return;
		}
		Ticket ticket = null;
		if (survey.kind() == SurveyKind.CSAT && survey.ticket() != null) {
			ticket = this.tickets.find(new TicketId(survey.ticket())).orElse(null);
			if (ticket == null) {
				this.surveys.skipped(id, "ticket deleted");
				return;
			}
			if (survey.requestedBy() == null && !DONE.contains(ticket.status())) {
				this.surveys.skipped(id, "reopened before the survey was due");
				return;
			}
		}
		Instant expires = now.plus(this.settings.validity());
		Survey sending = withExpiry(survey, expires);
		SurveyTexts.Mail mail = this.texts.survey(sending, customer.get().displayName(), subjectOf(ticket),
				this.links.page(token.get()));
		this.events.publishEvent(new FeedbackMailRequested("survey." + id, ticket == null ? null : ticket.id(),
				customer.get().primaryEmail().get(), mail.subject(), mail.body(), new LanguageTag(survey.language()),
				survey.market()));
		this.surveys.sent(id, now, expires);
	}

	private static @Nullable String subjectOf(@Nullable Ticket ticket) {
		return ticket == null ? null : ticket.subject();
	}

	private static Survey withExpiry(Survey survey, Instant expires) {
		return new Survey(survey.id(), survey.kind(), survey.scale(), survey.ticket(), survey.campaign(),
				survey.customer(), survey.language(), survey.market(), survey.zone(), survey.channel(), survey.agent(),
				survey.team(), survey.translated(), survey.state(), survey.reason(), survey.requestedBy(),
				survey.scheduledFor(), survey.sentAt(), expires, survey.attempts());
	}

}
