package dev.meridian.feedback.themes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.feedback.FeedbackMailRequested;
import dev.meridian.feedback.FeedbackSettings;
import dev.meridian.feedback.surveys.SurveyTexts;
import dev.meridian.markets.LanguageTag;
import dev.meridian.privacy.Consents;
import dev.meridian.privacy.Purpose;
import dev.meridian.tickets.TicketId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due "you told us, we changed this" messages, claimed like surveys (a lease,
 * {@code FOR UPDATE SKIP LOCKED}) and each sent in a transaction of its own with its row
 * locked; consent is checked again when it goes.
 */
@Component
class LoopSender {

	private static final Logger log = LoggerFactory.getLogger(LoopSender.class);

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	private final CustomerManagement customers;

	private final Consents consents;

	private final SurveyTexts texts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final FeedbackSettings settings;

	private final Clock clock;

	LoopSender(JdbcClient jdbc, CustomerManagement customers, Consents consents, SurveyTexts texts,
			ApplicationEventPublisher events, TransactionTemplate transaction, FeedbackSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.consents = consents;
		this.texts = texts;
		this.events = events;
		this.transaction = transaction;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${meridian.feedback.send-interval:30s}", initialDelayString = "7s")
	void sendDue() {
		Instant now = this.clock.instant();
		List<UUID> due;
		try {
			due = this.transaction.execute(status -> this.jdbc
				.sql("""
						update feedback_loop_messages set claimed_until = ?
						where id in (select id from feedback_loop_messages
						             where state = 'queued' and due_at <= ? and (claimed_until is null or claimed_until <= ?)
						             order by due_at limit 50 for update skip locked)
						returning id""")
				.params(Timestamp.from(now.plus(LEASE)), Timestamp.from(now), Timestamp.from(now))
				.query(UUID.class)
				.list());
		}
		catch (RuntimeException ex) {
			log.warn("Looking for due feedback messages failed; trying again shortly", ex);
			return;
		}
		for (UUID id : due == null ? List.<UUID>of() : due) {
			try {
				this.transaction.executeWithoutResult(status -> send(id));
			}
			catch (RuntimeException ex) {
				log.warn("Feedback message {} could not be sent, retrying later", id, ex);
				this.transaction.executeWithoutResult(status -> this.jdbc.sql("""
						update feedback_loop_messages set attempts = attempts + 1, last_error = ?, due_at = ?,
						    claimed_until = null where id = ?""")
					.params(String.valueOf(ex.getMessage()),
							Timestamp.from(this.clock.instant().plus(this.settings.retryDelay())), id)
					.update());
			}
		}
	}

	private record Queued(UUID customer, String language, String change, UUID survey) {
	}

	private void send(UUID id) {
		Optional<Queued> queued = this.jdbc.sql("""
				select customer_id, language, change_text, survey_id from feedback_loop_messages
				where id = ? and state = 'queued' for update""")
			.param(id)
			.query((rs, n) -> new Queued(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class)))
			.optional();
		if (queued.isEmpty()) {
			return;
		}
		CustomerId customerId = new CustomerId(queued.get().customer());
		Optional<Customer> customer = this.customers.find(customerId);
		String skip = !this.consents.allows(customerId.value(), Purpose.SURVEYS) ? "opted out" : customer.isEmpty()
				? "customer deleted" : customer.get().primaryEmail().isEmpty() ? "no email address" : null;
		if (skip != null) {
			this.jdbc.sql(
					"update feedback_loop_messages set state = 'skipped', reason = ?, claimed_until = null where id = ?")
				.params(skip, id)
				.update();
			return;
		}
		UUID ticket = this.jdbc.sql("select ticket_id from feedback_surveys where id = ?")
			.param(queued.get().survey())
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.single();
		String market = customer.get().market().map(country -> country.value()).orElse(null);
		SurveyTexts.Mail mail = this.texts.loop(queued.get().language(), customer.get().displayName(),
				queued.get().change());
		this.events.publishEvent(new FeedbackMailRequested("feedback-loop." + id,
				ticket == null ? null : new TicketId(ticket), customer.get().primaryEmail().get(), mail.subject(),
				mail.body(), new LanguageTag(queued.get().language()), market));
		this.jdbc.sql("""
				update feedback_loop_messages set state = 'sent', sent_at = ?, claimed_until = null,
				    attempts = attempts + 1, last_error = null where id = ?""")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
	}

}
