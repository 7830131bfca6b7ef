package dev.meridian.knowledge.web;

import java.util.List;
import java.util.UUID;

import dev.meridian.DomainException;
import dev.meridian.knowledge.Article;
import dev.meridian.knowledge.ArticleHit;
import dev.meridian.knowledge.ArticleId;
import dev.meridian.knowledge.ArticleRevision;
import dev.meridian.knowledge.ArticleTranslation;
import dev.meridian.knowledge.EditKind;
import dev.meridian.knowledge.HelpCenter;
import dev.meridian.knowledge.KnowledgeManagement;
import dev.meridian.knowledge.KnowledgeSearch;
import dev.meridian.knowledge.SearchQuery;
import dev.meridian.knowledge.TranslationDraft;
import dev.meridian.knowledge.TranslationStatus;
import dev.meridian.knowledge.internal.LineDiff;
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
 * The knowledge base in the agent workspace: the freshness dashboard, the translation
 * editor (source and translation side by side, with what changed in the source since),
 * and article suggestions for the open ticket.
 */
@Controller
class KnowledgeWorkspaceController {

	private final KnowledgeManagement knowledge;

	private final KnowledgeSearch search;

	private final HelpCenter help;

	private final TicketManagement tickets;

	KnowledgeWorkspaceController(KnowledgeManagement knowledge, KnowledgeSearch search, HelpCenter help,
			TicketManagement tickets) {
		this.knowledge = knowledge;
		this.search = search;
		this.help = help;
		this.tickets = tickets;
	}

	@GetMapping("/app/knowledge/freshness")
	String freshness(Model model) {
		model.addAttribute("freshness", this.knowledge.freshness());
		return "knowledge/freshness";
	}

	@GetMapping("/app/knowledge/articles/{id}/translations/{locale}")
	String editor(@PathVariable UUID id, @PathVariable String locale, Model model) {
		Article article = this.knowledge.get(new ArticleId(id));
		LanguageTag tag = LanguageTag.parse("locale", locale);
		ArticleTranslation source = article.source();
		ArticleTranslation translation = article.translation(tag).orElse(null);
		model.addAttribute("article", article);
		model.addAttribute("source", source);
		model.addAttribute("translation", translation);
		model.addAttribute("locale", tag);
		model.addAttribute("statuses", TranslationStatus.values());
		if (translation != null && translation.isOutdated()) {
			ArticleRevision then = this.knowledge.revision(article.id(), translation.basedOnRevision()).orElse(null);
			if (then != null) {
				model.addAttribute("diff",
						LineDiff.of(then.title() + "\n\n" + then.body(), source.title() + "\n\n" + source.body()));
			}
		}
		return "knowledge/editor";
	}

	@PostMapping("/app/knowledge/articles/{id}/translations/{locale}")
	String save(@PathVariable UUID id, @PathVariable String locale, @RequestParam String title,
			@RequestParam String body, @RequestParam String status,
			@RequestParam(defaultValue = "substantive") String edit, RedirectAttributes redirect) {
		try {
			TranslationDraft draft = new TranslationDraft(LanguageTag.parse("locale", locale), title, body,
					TranslationStatus.parse("status", status), null, null);
			PublishingRights.check(this.knowledge.get(new ArticleId(id)), draft);
			this.knowledge.write(new ArticleId(id), draft, EditKind.parse("edit", edit));
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/app/knowledge/articles/" + id + "/translations/" + locale;
	}

	/** Articles for a ticket, found by its subject, in the customer's language first. */
	@GetMapping("/app/knowledge/suggestions")
	String suggestions(@RequestParam UUID ticket, Model model) {
		Ticket found = this.tickets.get(new TicketId(ticket));
		LanguageTag language = found.language().isUndetermined() ? null : found.language();
		List<ArticleHit> hits = List.of();
		try {
			hits = this.search
				.search(new SearchQuery(found.subject(), language, 5, null, found.market().orElse(null), false, true));
		}
		catch (DomainException ex) {
			// A subject without words suggests nothing.
		}
		LanguageTag reader = language == null ? new LanguageTag("en") : language;
		model.addAttribute("suggestions",
				hits.stream()
					.map(hit -> this.help.article(hit.articleId(), reader, found.market().orElse(null)))
					.flatMap(java.util.Optional::stream)
					.toList());
		model.addAttribute("reader", reader);
		return "knowledge/suggestions :: suggestions";
	}

}
