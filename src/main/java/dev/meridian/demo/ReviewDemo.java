package dev.meridian.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.meridian.DomainException;
import dev.meridian.agents.Actor;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Role;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.TicketQuery;
import dev.meridian.tickets.reviews.ReviewManagement;
import dev.meridian.tickets.reviews.Scores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reviews a few of the demo's solved conversations, once, so the reports' "Conversation
 * reviews" and the agents' "My reviews" have something to show on the first start. The
 * demo's supervisors write the comments in their own languages; the agents read them in
 * theirs.
 */
@Component
@Order(27)
class ReviewDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReviewDemo.class);

	/** Scores and a comment with its language, used in turn. */
	private record Sample(Scores scores, String comment, String language) {
	}

	private static final List<Sample> SAMPLES = List.of(
			new Sample(new Scores(5, 4, 5, 4, 5),
					"Correct and warm. A shorter second paragraph would make it easier to read.", "en"),
			new Sample(new Scores(4, 5, 3, 5, 4),
					"Respuesta clara y correcta. Falta reconocer la molestia del cliente al principio.", "es"),
			new Sample(new Scores(5, 5, 4, 3, 4), "Inhaltlich richtig; die Anrede passt nicht zum Markt.", "de"),
			new Sample(new Scores(3, 4, 4, 4, 2),
					"The refund rule was quoted wrongly; please follow the market's playbook.", "en"));

	private final DemoData demo;

	private final ReviewManagement reviews;

	private final TicketManagement tickets;

	private final AgentManagement agents;

	ReviewDemo(DemoData demo, ReviewManagement reviews, TicketManagement tickets, AgentManagement agents) {
		this.demo = demo;
		this.reviews = reviews;
		this.tickets = tickets;
		this.agents = agents;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.wanted() || this.reviews.any()) {
			return;
		}
		List<Agent> supervisors = this.agents.all()
			.stream()
			.filter(agent -> agent.role() == Role.SUPERVISOR && agent.isActive())
			.toList();
		if (supervisors.isEmpty()) {
			return;
		}
		List<Ticket> solved = this.tickets
			.list(new TicketQuery(Set.of(Status.SOLVED, Status.CLOSED), null, false, null, null, null, null, null,
					null), null, 20)
			.tickets();
		int written = 0;
		for (Ticket ticket : solved) {
			if (written == SAMPLES.size()) {
				break;
			}
			Sample sample = SAMPLES.get(written);
			Agent reviewer = supervisor(supervisors, sample.language()).orElse(supervisors.get(0));
			try {
				this.reviews.review(ticket.id(), sample.scores(), sample.comment(), new LanguageTag(sample.language()),
						Actor.of(reviewer));
				written++;
			}
			catch (DomainException ex) {
				// A conversation nobody answered or was assigned to: the next one.
			}
		}
		log.info("Loaded demo conversation reviews: {}", written);
	}

	private static Optional<Agent> supervisor(List<Agent> supervisors, String language) {
		return supervisors.stream().filter(s -> s.uiLanguage().language().equals(language)).findFirst();
	}

}
