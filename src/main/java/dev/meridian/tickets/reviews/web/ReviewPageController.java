package dev.meridian.tickets.reviews.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.meridian.DomainException;
import dev.meridian.agents.Actor;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Callers;
import dev.meridian.agents.Role;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.reviews.Criterion;
import dev.meridian.tickets.reviews.Review;
import dev.meridian.tickets.reviews.ReviewManagement;
import dev.meridian.tickets.reviews.Scores;
import dev.meridian.web.WorkspaceLanguages;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reviews in the workspace: the panel on a solved ticket's screen (loaded with htmx; the
 * rubric form for supervisors, the reviews the viewer may read) and the agent's own list
 * at {@code /app/reviews}, each comment also in the viewer's language.
 */
@Controller
class ReviewPageController {

	private final ReviewManagement reviews;

	private final TicketManagement tickets;

	private final AgentManagement agents;

	private final MessageSource messages;

	ReviewPageController(ReviewManagement reviews, TicketManagement tickets, AgentManagement agents,
			MessageSource messages) {
		this.reviews = reviews;
		this.tickets = tickets;
		this.agents = agents;
		this.messages = messages;
	}

	@GetMapping("/app/tickets/{number}/reviews")
	String panel(@PathVariable long number, Model model) {
		Ticket ticket = byNumber(number);
		Actor actor = Callers.current();
		boolean solved = ticket.status() == Status.SOLVED || ticket.status() == Status.CLOSED;
		List<Review> visible = this.reviews.ofTicket(ticket.id())
			.stream()
			.filter(r -> actor.is(Role.SUPERVISOR) || r.agent().equals(actor.agent()))
			.toList();
		model.addAttribute("number", number);
		model.addAttribute("reviews", views(visible));
		model.addAttribute("canReview", solved && actor.is(Role.SUPERVISOR));
		model.addAttribute("criteria", List.of(Criterion.values()));
		model.addAttribute("scoreRange",
				java.util.stream.IntStream.rangeClosed(Scores.MIN, Scores.MAX).boxed().toList());
		model.addAttribute("commentLanguages", WorkspaceLanguages.ALL.stream().map(Locale::toLanguageTag).toList());
		model.addAttribute("viewerLanguage", LocaleContextHolder.getLocale().getLanguage());
		return "tickets/reviews :: panel";
	}

	@PostMapping("/app/tickets/{number}/reviews")
	String review(@PathVariable long number, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			Ticket ticket = byNumber(number);
			Scores scores = new Scores(score(form, Criterion.CORRECT), score(form, Criterion.CLEAR),
					score(form, Criterion.EMPATHETIC), score(form, Criterion.CULTURALLY_APPROPRIATE),
					score(form, Criterion.FOLLOWED_PLAYBOOK));
			String language = form.get("commentLanguage");
			this.reviews.review(ticket.id(), scores, form.get("comment"),
					language == null || language.isBlank() ? null : LanguageTag.parse("commentLanguage", language),
					Callers.current());
			redirect.addFlashAttribute("notice", text("review.saved", null));
		}
		catch (dev.meridian.InvalidValueException ex) {
			redirect.addFlashAttribute("problem", text("review.problem.invalid", ex.getMessage()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", text("problem." + ex.type(), ex.getMessage()));
		}
		return "redirect:/app/tickets/" + number + "#reviews";
	}

	@GetMapping("/app/reviews")
	String mine(Model model) {
		Optional<AgentId> agent = Callers.current().agentId();
		model.addAttribute("reviews", agent.map(a -> views(this.reviews.ofAgent(a))).orElse(List.of()));
		model.addAttribute("criteria", List.of(Criterion.values()));
		return "tickets/my-reviews";
	}

	private List<ReviewJson.Item> views(List<Review> found) {
		Map<AgentId, String> names = new HashMap<>();
		this.agents.all().forEach(a -> names.put(a.id(), a.displayName()));
		LanguageTag reader = new LanguageTag(LocaleContextHolder.getLocale().toLanguageTag());
		return found.stream().map(r -> ReviewJson.Item.of(r, names, this.reviews.commentIn(r, reader))).toList();
	}

	private static int score(Map<String, String> form, Criterion criterion) {
		String value = form.get(criterion.key());
		try {
			return Integer.parseInt(value == null ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw new dev.meridian.InvalidValueException("scores." + criterion.key(),
					"Every criterion needs a score from " + Scores.MIN + " to " + Scores.MAX);
		}
	}

	private Ticket byNumber(long number) {
		return this.tickets.findByNumber(number)
			.orElseThrow(() -> new dev.meridian.NotFoundException("Ticket", "#" + number));
	}

	private String text(String key, @Nullable String fallback) {
		return this.messages.getMessage(key, null, fallback == null ? key : fallback, LocaleContextHolder.getLocale());
	}

}
