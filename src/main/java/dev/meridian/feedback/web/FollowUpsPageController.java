package dev.meridian.feedback.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.agents.Actor;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.feedback.followups.FollowUps;
import dev.meridian.feedback.themes.Themes;
import dev.meridian.language.Translated;
import dev.meridian.language.Translation;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in supervisor's follow-ups of low ratings ({@code /app/feedback/follow-ups},
 * supervisors and admins): who rated how and why, the comment as written with its
 * language and in the viewer's language, the ticket, and a button that closes the
 * follow-up. A comment can be put into a theme from here.
 */
@Controller
class FollowUpsPageController {

	private static final int LIMIT = 100;

	private final FollowUps followUps;

	private final Themes themes;

	private final CustomerManagement customers;

	private final TicketManagement tickets;

	private final Translation translation;

	private final FeedbackScreen screen;

	FollowUpsPageController(FollowUps followUps, Themes themes, CustomerManagement customers, TicketManagement tickets,
			Translation translation, FeedbackScreen screen) {
		this.followUps = followUps;
		this.themes = themes;
		this.customers = customers;
		this.tickets = tickets;
		this.translation = translation;
		this.screen = screen;
	}

	/**
	 * One follow-up as the screen shows it.
	 *
	 * @param translation the comment in the viewer's language, {@code null} when it is in
	 * their language already or no translation is known
	 * @param translationLanguage the language {@code translation} is in (the assigned
	 * supervisor's, when the viewer is another person and no translation into theirs is
	 * remembered)
	 */
	record Row(FollowUps.FollowUp followUp, String customer, @Nullable Long ticketNumber, @Nullable String translation,
			@Nullable String translationLanguage, boolean needsTranslation, List<String> themes) {
	}

	@GetMapping("/app/feedback")
	String home() {
		return "redirect:/app/feedback/follow-ups";
	}

	@GetMapping("/app/feedback/follow-ups")
	String page(@RequestParam(defaultValue = "mine") String who, @RequestParam(defaultValue = "open") String state,
			Model model) {
		Actor viewer = this.screen.supervisor("Reading follow-ups");
		boolean everyone = "all".equals(who) || viewer.agentId().isEmpty();
		String shown = "done".equals(state) ? "done" : "open";
		List<FollowUps.FollowUp> list = this.followUps.listFor(everyone ? null : viewer.agentId().orElseThrow().value(),
				shown, LIMIT);
		Map<CustomerId, Customer> names = this.customers
			.findAll(list.stream().map(f -> new CustomerId(f.customer())).distinct().toList());
		Map<UUID, List<String>> themesOf = this.themes.themesOf(list.stream().map(FollowUps.FollowUp::survey).toList());
		LanguageTag viewerLanguage = FeedbackScreen.viewerLanguage();
		List<Row> rows = list.stream().map(f -> {
			Customer customer = names.get(new CustomerId(f.customer()));
			Long number = f.ticket() == null ? null
					: this.tickets.find(new TicketId(f.ticket())).map(Ticket::number).orElse(null);
			boolean needs = f.comment() != null
					&& !FeedbackScreen.sameLanguage(f.commentLanguage(), viewerLanguage.value());
			Optional<Translated> translated = needs ? translationFor(f, viewerLanguage) : Optional.empty();
			return new Row(f,
					customer == null ? this.screen.text("feedbackScreen.customer.deleted") : customer.displayName(),
					number, translated.map(Translated::text).orElse(null),
					translated.map(t -> t.to().value()).orElse(null), needs,
					themesOf.getOrDefault(f.survey(), List.of()));
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("who", everyone ? "all" : "mine");
		model.addAttribute("state", shown);
		model.addAttribute("themeNames", this.screen.themeNames(this.themes.list()));
		return "feedback/follow-ups";
	}

	@PostMapping("/app/feedback/follow-ups/{id}/done")
	String done(@PathVariable UUID id, RedirectAttributes redirect) {
		Actor viewer = this.screen.supervisor("Closing follow-ups");
		this.followUps.done(id, FeedbackScreen.by(viewer));
		redirect.addFlashAttribute("notice", this.screen.text("feedbackScreen.followUps.doneNotice"));
		return "redirect:/app/feedback/follow-ups";
	}

	/**
	 * The translation into the viewer's language: the one made for the follow-up when it
	 * is in that language, else one the translation memory remembers (no engine is asked
	 * while a page renders), else the one made for the assigned supervisor.
	 */
	private Optional<Translated> translationFor(FollowUps.FollowUp f, LanguageTag viewer) {
		boolean stored = f.translation() != null && !"none".equals(f.translationEngine());
		if (stored && FeedbackScreen.sameLanguage(f.translationLanguage(), viewer.value())) {
			return Optional.of(asTranslated(f));
		}
		if (f.commentLanguage() != null) {
			Optional<Translated> remembered = this.translation.remembered(f.comment(),
					LanguageTag.read(f.commentLanguage()), viewer);
			if (remembered.isPresent() && !"none".equals(remembered.get().engine())) {
				return remembered;
			}
		}
		return stored ? Optional.of(asTranslated(f)) : Optional.empty();
	}

	private static Translated asTranslated(FollowUps.FollowUp f) {
		return new Translated(f.translation(), LanguageTag.read(f.commentLanguage()),
				LanguageTag.read(f.translationLanguage()), f.translationEngine(), false, null, false);
	}

}
