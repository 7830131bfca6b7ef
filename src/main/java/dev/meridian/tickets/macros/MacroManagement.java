package dev.meridian.tickets.macros;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.meridian.NotFoundException;
import dev.meridian.agents.Actor;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketChanges;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Macros and their variants: kept, chosen for a reader, rendered for a ticket (which
 * counts as a use) and applied to a ticket.
 */
@Service
@Transactional
public class MacroManagement {

	private final Macros macros;

	private final MacroRendering rendering;

	private final TicketManagement tickets;

	private final Clock clock;

	MacroManagement(Macros macros, MacroRendering rendering, TicketManagement tickets, Clock clock) {
		this.macros = macros;
		this.rendering = rendering;
		this.tickets = tickets;
		this.clock = clock;
	}

	public Macro create(String name, LanguageTag language, String variantName, String body, MacroActions actions) {
		requireFreeName(name, new UUID(0, 0));
		return this.macros.save(new Macro(name, language, variantName, body, actions, this.clock.instant()));
	}

	public Macro change(UUID id, String name, MacroActions actions) {
		requireFreeName(name, id);
		Macro macro = locked(id);
		macro.change(name, actions, this.clock.instant());
		return macro;
	}

	public Macro putVariant(UUID id, LanguageTag language, String name, String body, EditKind edit) {
		Macro macro = locked(id);
		macro.putVariant(language, name, body, edit, this.clock.instant());
		return macro;
	}

	public Macro removeVariant(UUID id, LanguageTag language) {
		Macro macro = locked(id);
		macro.removeVariant(language, this.clock.instant());
		return macro;
	}

	public void delete(UUID id) {
		this.macros.delete(get(id));
	}

	@Transactional(readOnly = true)
	public boolean any() {
		return this.macros.count() > 0;
	}

	@Transactional(readOnly = true)
	public Macro get(UUID id) {
		return this.macros.findById(id).orElseThrow(() -> new NotFoundException("Macro", id));
	}

	/**
	 * Every macro in the variant a reader of these languages gets (along the chain, then
	 * the source), optionally only those with {@code query} in a name or text of any of
	 * their variants: an agent may search in their own language for a text the customer
	 * gets in theirs.
	 */
	@Transactional(readOnly = true)
	public List<Choice> list(List<LanguageTag> preferences, String query) {
		return list(preferences, List.of(), query);
	}

	/**
	 * The macros a ticket's customer would get, in their variant (see {@link #render}),
	 * each with the variant the agent reads too.
	 */
	@Transactional(readOnly = true)
	public List<Choice> listFor(TicketId ticket, LanguageTag agentLanguage, String query) {
		return list(this.rendering.preferences(this.tickets.get(ticket)), List.of(agentLanguage), query);
	}

	private List<Choice> list(List<LanguageTag> preferences, List<LanguageTag> agent, String query) {
		String needle = query.strip().toLowerCase(Locale.ROOT);
		List<Choice> choices = new ArrayList<>();
		for (Macro macro : this.macros.allByName()) {
			if (needle.isEmpty() || matches(macro, needle)) {
				choices.add(new Choice(macro, macro.variantFor(preferences), macro.variantFor(agent)));
			}
		}
		return choices;
	}

	private static boolean matches(Macro macro, String needle) {
		return macro.name().toLowerCase(Locale.ROOT).contains(needle) || macro.variants()
			.stream()
			.anyMatch(v -> v.name().toLowerCase(Locale.ROOT).contains(needle)
					|| v.body().toLowerCase(Locale.ROOT).contains(needle));
	}

	/**
	 * The macro's text for a ticket: the variant along the customer's chain (their
	 * language, the market's, the source) with its placeholders filled. Rendering is
	 * inserting, so it counts as a use.
	 */
	public Rendered render(UUID id, TicketId ticketId, Actor actor) {
		Macro macro = locked(id);
		Ticket ticket = this.tickets.get(ticketId);
		Rendered rendered = this.rendering.render(macro, ticket, actor);
		macro.recordUse(this.clock.instant());
		return rendered;
	}

	/** Sets the macro's status and priority on the ticket and adds its tags. */
	public Ticket apply(UUID id, TicketId ticketId, Actor actor) {
		return apply(id, ticketId, actor, true);
	}

	/**
	 * Sets the macro's priority and adds its tags, leaving the status to the reply it
	 * goes with (the reply box preselects it).
	 */
	public Ticket applyAllButStatus(UUID id, TicketId ticketId, Actor actor) {
		return apply(id, ticketId, actor, false);
	}

	private Ticket apply(UUID id, TicketId ticketId, Actor actor, boolean withStatus) {
		Macro macro = get(id);
		Ticket ticket = this.tickets.get(ticketId);
		MacroActions actions = macro.actions();
		TicketChanges changes = TicketChanges.none();
		if (actions.priority() != null) {
			changes = changes.withPriority(actions.priority());
		}
		if (!actions.tags().isEmpty()) {
			Set<String> tags = new LinkedHashSet<>(ticket.tags());
			tags.addAll(actions.tags());
			changes = new TicketChanges(changes.status(), changes.priority(), false, null, false, null,
					List.copyOf(tags));
		}
		if (withStatus && actions.status() != null && actions.status() != ticket.status()) {
			changes = changes.withStatus(actions.status());
		}
		if (changes.equals(TicketChanges.none())) {
			return ticket;
		}
		return this.tickets.update(ticketId, changes, actor);
	}

	private Macro locked(UUID id) {
		return this.macros.findLocked(id).orElseThrow(() -> new NotFoundException("Macro", id));
	}

	private void requireFreeName(String name, UUID except) {
		if (name != null && this.macros.nameTaken(name.strip(), except)) {
			throw new MacroRuleException("macro-name-taken", "Another macro is named " + name.strip());
		}
	}

	/**
	 * A macro in the variant chosen for a reader, and in the one the agent reads (the
	 * source when the agent's language has none).
	 */
	public record Choice(Macro macro, MacroVariant variant, MacroVariant agentVariant) {

		public boolean outdated() {
			return this.macro.isOutdated(this.variant);
		}

	}

	/**
	 * A macro rendered for a ticket.
	 *
	 * @param unfilled placeholders without a value for this ticket, left as written
	 */
	public record Rendered(UUID macro, LanguageTag language, String name, String body, MacroActions actions,
			List<String> unfilled, boolean outdated) {
	}

}
