package dev.meridian.demo;

import java.util.List;
import java.util.Set;

import dev.meridian.agents.Actor;
import dev.meridian.agents.Role;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.feedback.FeedbackManagement;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.TicketQuery;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Survey answers of the demo's customers on their solved tickets, each in their own
 * language: praise, a lukewarm answer, two complaints about slow delivery (one of them a
 * detractor whose supervisor gets a follow-up) and the delivery theme marked addressed,
 * so the follow-ups, themes and reports have something to show on the first start. Goes
 * through the feedback module's own operations, as a customer's answers would.
 */
@Component
@Order(20)
class FeedbackDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FeedbackDemo.class);

	private static final Actor ADMIN = new Actor(null, Role.ADMIN);

	private final DemoData demo;

	private final FeedbackManagement feedback;

	private final CustomerManagement customers;

	private final TicketManagement tickets;

	FeedbackDemo(DemoData demo, FeedbackManagement feedback, CustomerManagement customers, TicketManagement tickets) {
		this.demo = demo;
		this.feedback = feedback;
		this.customers = customers;
		this.tickets = tickets;
	}

	/** One customer's answer to the survey of their solved ticket. */
	record Answer(String customer, String subject, String rating, @Nullable String reason, @Nullable String comment) {
	}

	static final List<Answer> ANSWERS = List.of(
			new Answer("carlos.jimenez@example.com", "Necesito una factura con mi nombre completo", "5", null,
					"Muy rápido y amable, ¡gracias!"),
			new Answer("juergen.weiss@example.de", "Espressotassen – eine Tasse mit Sprung", "4", null,
					"Der Ersatz kam schnell."),
			new Answer("fatima.alhashimi@example.ae", "لم يُسترد المبلغ بعد إلغاء الطلب", "4", null,
					"شكرًا على المساعدة."),
			new Answer("eloise.lefevre@example.fr", "Remboursement non reçu", "2", "too_slow",
					"Le remboursement a pris trois semaines."),
			new Answer("leticia.simoes@example.com.br", "Reembolso em reais ou em euros?", "5", null, null),
			new Answer("michael.obrien@example.com", "Package arrived, but one item is missing", "3", null,
					"Fine in the end, but I had to write twice."),
			new Answer("misaki.suzuki@example.jp", "領収書の発行をお願いします", "5", null, "丁寧に対応していただき、ありがとうございました。"),
			new Answer("hanako.tanaka@example.jp", "注文した商品の配送状況を教えてください", "1", "not_solved", "配送が遅すぎて、二週間も待ちました。"),
			new Answer("noemie.faure@example.fr", "Où en est ma commande ?", "2", "too_slow",
					"La livraison a pris beaucoup trop de temps."),
			new Answer("emily.carter@example.com", "Please don't include prices – it's a gift", "5", null, null));

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.wanted() || this.feedback.anyAnswers()) {
			return;
		}
		int answered = 0;
		for (Answer answer : ANSWERS) {
			Ticket ticket = solvedTicket(answer.customer(), answer.subject());
			if (ticket == null) {
				continue;
			}
			try {
				FeedbackManagement.RequestedSurvey survey = this.feedback.requestSurvey(ticket.id(), true, ADMIN);
				this.feedback.answer(survey.token(), answer.rating(), answer.comment(), answer.reason());
				answered++;
			}
			catch (RuntimeException ex) {
				log.info("Demo feedback: the survey of '{}' was not answered: {}", answer.subject(), ex.getMessage());
			}
		}
		if (answered > 0) {
			int told = this.feedback.markAddressed("delivery",
					"Orders to Japan and France now ship from warehouses in Osaka and Lyon: two to four days faster.",
					new LanguageTag("en"), "demo");
			log.info("Demo feedback: {} surveys answered, the delivery theme addressed ({} customers told)", answered,
					told);
		}
	}

	private @Nullable Ticket solvedTicket(String email, String subject) {
		Customer customer = this.customers.findByEmail(email).orElse(null);
		if (customer == null) {
			return null;
		}
		return this.tickets
			.list(new TicketQuery(Set.of(Status.SOLVED, Status.CLOSED), null, false, null, null, null, customer.id(),
					null, null), null, 50)
			.tickets()
			.stream()
			.filter(ticket -> ticket.subject().equals(subject))
			.findFirst()
			.orElse(null);
	}

}
