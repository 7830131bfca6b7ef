package dev.meridian.tickets;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.meridian.DomainException;
import dev.meridian.agents.ActiveAgentLanguages;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentLanguages;
import dev.meridian.agents.AgentManagement;
import dev.meridian.language.Translation;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.internal.Messages;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Translates each customer message, once it is stored, into the language of whoever will
 * read it: the assignee, or when nobody is assigned the agents' languages. The ticket
 * screen then finds the translation in the memory. When the engine cannot answer now the
 * translation waits in the language module's retry queue; a pair no engine knows is shown
 * as such on the screen.
 */
@Component
class InboundTranslations {

	private static final Logger log = LoggerFactory.getLogger(InboundTranslations.class);

	/** Enough for the languages of a team; more is left to the screen, on demand. */
	static final int MAX_TARGETS = 4;

	private final Messages messages;

	private final TicketManagement tickets;

	private final AgentManagement agents;

	private final ActiveAgentLanguages activeAgents;

	private final Translation translation;

	private final ApplicationEventPublisher events;

	InboundTranslations(Messages messages, TicketManagement tickets, AgentManagement agents,
			ActiveAgentLanguages activeAgents, Translation translation, ApplicationEventPublisher events) {
		this.activeAgents = activeAgents;
		this.events = events;
		this.messages = messages;
		this.tickets = tickets;
		this.agents = agents;
		this.translation = translation;
	}

	/**
	 * Decides, while the message is stored (the message and its ticket are at hand then),
	 * whether anyone needs it in another language; only then is there work for after the
	 * commit. Most messages are read as written, and each had cost a row in the event
	 * publication registry, three statements and two transactions to find that out.
	 */
	@EventListener
	void on(MessageReceived event) {
		try {
			Message message = this.messages.findById(event.message().value()).orElse(null);
			if (message == null || message.language().isUndetermined() || message.text().isBlank()
					|| message.text().length() > this.translation.maxTextLength()) {
				return;
			}
			Ticket ticket = this.tickets.get(event.ticket());
			Set<LanguageTag> targets = targets(ticket, message.language());
			if (!targets.isEmpty()) {
				this.events.publishEvent(new TranslationsWanted(event.ticket(), event.message(), List.copyOf(targets),
						ticket.market().map(m -> m.value()).orElse(null)));
			}
		}
		catch (RuntimeException ex) {
			// The translation is a convenience for the screen, which also translates on
			// demand: it never fails the customer's message.
			log.warn("Could not tell who needs message {} translated: {}", event.message().value(), ex.getMessage());
		}
	}

	@ApplicationModuleListener
	void on(TranslationsWanted wanted) {
		Message message = this.messages.findById(wanted.message().value()).orElse(null);
		if (message == null) {
			return;
		}
		for (LanguageTag target : wanted.targets()) {
			translate(message, target, wanted.market());
		}
	}

	/**
	 * A newly assigned agent who does not read the customer's language finds the
	 * conversation translated when they open it.
	 */
	@ApplicationModuleListener
	void on(TicketAssigned event) {
		if (event.assignee() == null) {
			return;
		}
		Agent agent = this.agents.find(event.assignee()).orElse(null);
		if (agent == null) {
			return;
		}
		LanguageTag target = ReadingLanguages.of(agent);
		String market = this.tickets.get(event.ticket()).market().map(m -> m.value()).orElse(null);
		for (Message message : this.messages.findByTicket(event.ticket().value())) {
			// Messages of the same moment are the listener on MessageReceived's to
			// translate.
			if (message.direction() == Direction.INBOUND && !message.createdAt().equals(event.at())
					&& !message.language().isUndetermined() && !ReadingLanguages.reads(agent, message.language())
					&& !message.text().isBlank() && message.text().length() <= this.translation.maxTextLength()) {
				translate(message, target, market);
			}
		}
	}

	private void translate(Message message, LanguageTag target, @Nullable String market) {
		try {
			this.translation.translateOrRetryLater(message.text(), message.language(), target, market);
		}
		catch (DomainException ex) {
			log.debug("Message {} not translated into {}: {}", message.id(), target, ex.getMessage());
		}
	}

	private Set<LanguageTag> targets(Ticket ticket, LanguageTag language) {
		Set<LanguageTag> targets = new LinkedHashSet<>();
		if (ticket.assignee().isPresent()) {
			this.agents.find(ticket.assignee().get())
				.filter(agent -> !ReadingLanguages.reads(agent, language))
				.ifPresent(agent -> targets.add(ReadingLanguages.of(agent)));
			return targets;
		}
		for (AgentLanguages agent : this.activeAgents.all()) {
			if (!ReadingLanguages.reads(agent, language) && targets.size() < MAX_TARGETS) {
				targets.add(ReadingLanguages.of(agent));
			}
		}
		return targets;
	}

}
