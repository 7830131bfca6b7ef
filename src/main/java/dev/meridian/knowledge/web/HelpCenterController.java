package dev.meridian.knowledge.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.meridian.DomainException;
import dev.meridian.NotFoundException;
import dev.meridian.agents.Actor;
import dev.meridian.agents.Role;
import dev.meridian.customers.CustomerProfile;
import dev.meridian.knowledge.ArticleHit;
import dev.meridian.knowledge.ArticleId;
import dev.meridian.knowledge.HelpCenter;
import dev.meridian.knowledge.HelpCenter.Reading;
import dev.meridian.knowledge.KnowledgeManagement;
import dev.meridian.knowledge.KnowledgeSearch;
import dev.meridian.knowledge.LocaleFallback;
import dev.meridian.knowledge.QuestionAnswers;
import dev.meridian.knowledge.SearchQuery;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.IncomingTicket;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.Priority;
import dev.meridian.tickets.TicketIntake;
import dev.meridian.web.PageLocale;
import dev.meridian.knowledge.contact.HelpContact;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public help center at {@code /help/{locale}}: no sign-in, server-rendered, usable
 * without JavaScript. A locale that cannot be read sends the reader to the best one
 * instead of an error page.
 */
@Controller
class HelpCenterController {

	static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur", "ps", "yi", "dv", "ckb");

	private final HelpCenter help;

	private final KnowledgeManagement knowledge;

	private final KnowledgeSearch search;

	private final LocaleFallback fallback;

	private final TicketIntake intake;

	private final MessageSource messages;

	private final HelpContact contact;

	private final ContactHoursSentence hours;

	private final ObjectProvider<QuestionAnswers> answers;

	HelpCenterController(HelpCenter help, KnowledgeManagement knowledge, KnowledgeSearch search,
			LocaleFallback fallback, TicketIntake intake, MessageSource messages, HelpContact contact,
			ContactHoursSentence hours, ObjectProvider<QuestionAnswers> answers) {
		this.hours = hours;
		this.answers = answers;
		this.contact = contact;
		this.help = help;
		this.knowledge = knowledge;
		this.search = search;
		this.fallback = fallback;
		this.intake = intake;
		this.messages = messages;
	}

	@GetMapping({ "/help", "/help/" })
	String entry(@RequestHeader(name = "Accept-Language", required = false) @Nullable String acceptLanguage) {
		return "redirect:/help/" + fromHeader(acceptLanguage).value();
	}

	@GetMapping("/help/{locale}")
	String home(@PathVariable String locale, HttpServletRequest request, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		if (!reader.value().equals(locale)) {
			return "redirect:/help/" + reader.value();
		}
		page(request, model, reader);
		model.addAttribute("sections", this.help.home(reader, market(reader)));
		return "knowledge/help-home";
	}

	@GetMapping("/help/{locale}/articles/{slug}")
	String article(@PathVariable String locale, @PathVariable String slug, HttpServletRequest request, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		if (!reader.value().equals(locale)) {
			return "redirect:/help/" + reader.value() + "/articles/" + encode(slug);
		}
		Optional<Reading> reading = this.help.article(slug, reader, market(reader));
		if (reading.isEmpty()) {
			// A real 404, not a "soft" page with 200 that misleads search engines and
			// monitors: the help center's error page says so in the reader's language.
			throw new NotFoundException("Article", slug);
		}
		page(request, model, reader);
		Reading found = reading.get();
		model.addAttribute("reading", found);
		model.addAttribute("contentDirection", direction(found.translation().locale()));
		long[] votes = this.knowledge.votes(found.article().id(), found.translation().locale());
		model.addAttribute("helpful", votes[0]);
		return "knowledge/help-article";
	}

	@PostMapping("/help/{locale}/articles/{id}/vote")
	String vote(@PathVariable String locale, @PathVariable UUID id, @RequestParam String shown,
			@RequestParam boolean helpful, @RequestParam String slug) {
		LanguageTag reader = this.fallback.readable(locale);
		try {
			this.knowledge.vote(new ArticleId(id), LanguageTag.parse("shown", shown), helpful);
		}
		catch (DomainException | IllegalArgumentException ex) {
			// A vote for something gone is not worth an error page.
		}
		return "redirect:/help/" + reader.value() + "/articles/" + encode(slug) + "?voted";
	}

	@GetMapping("/help/{locale}/search")
	String search(@PathVariable String locale, @RequestParam(required = false) @Nullable String q,
			HttpServletRequest request, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		page(request, model, reader);
		model.addAttribute("q", q == null ? "" : q);
		List<ArticleHit> hits = List.of();
		if (q == null || q.isBlank()) {
			model.addAttribute("problem", text("help.search.empty", reader));
		}
		else if (q.strip().length() > SearchQuery.MAX_LENGTH) {
			model.addAttribute("problem", text("help.search.tooLong", reader));
		}
		else {
			hits = this.search.search(new SearchQuery(q, reader, 20, null, market(reader), false, false));
			// A question gets a short answer above the results when the bot is sure of
			// one.
			QuestionAnswers answerer = this.answers.getIfAvailable();
			if (answerer != null) {
				answerer.answer(q, reader, market(reader))
					.ifPresent(answer -> this.help.article(answer.article(), reader, market(reader))
						.ifPresent(reading -> model.addAttribute("answer", new Answered(answer, reading))));
			}
		}
		model.addAttribute("results",
				hits.stream()
					.map(hit -> this.help.article(hit.articleId(), reader, market(reader))
						.map(reading -> new Result(hit, reading)))
					.flatMap(Optional::stream)
					.toList());
		return "knowledge/help-search";
	}

	/**
	 * The short answer with the article's version the reader gets when they follow its
	 * source.
	 */
	record Answered(QuestionAnswers.QuickAnswer answer, Reading reading) {
	}

	/** A hit with the version the reader gets when they follow it. */
	record Result(ArticleHit hit, Reading reading) {
	}

	@GetMapping("/help/{locale}/contact")
	String contact(@PathVariable String locale, HttpServletRequest request, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		page(request, model, reader);
		hours(model, reader, null);
		return "knowledge/help-contact";
	}

	/**
	 * The contact page's hours on the reader's own clock: the page asks for them once the
	 * browser has named its zone (help-zone.js), and swaps them in.
	 */
	@GetMapping("/help/{locale}/contact/hours")
	String contactHours(@PathVariable String locale, @RequestParam(defaultValue = "") String zone,
			HttpServletRequest request, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		page(request, model, reader);
		hours(model, reader, zone(zone));
		return "knowledge/help-contact :: hours";
	}

	private void hours(Model model, LanguageTag reader, @Nullable ZoneId zone) {
		this.hours.forReader(reader, zone, market(reader)).ifPresent(found -> model.addAttribute("hours", found));
	}

	@PostMapping("/help/{locale}/contact")
	String sendContact(@PathVariable String locale, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String message, @RequestParam(defaultValue = "") String zone,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		page(request, model, reader);
		hours(model, reader, zone(zone));
		model.addAttribute("name", name);
		model.addAttribute("email", email);
		model.addAttribute("subject", subject);
		model.addAttribute("message", message);
		if (email.isBlank() || subject.isBlank() || message.isBlank()) {
			return contactProblem(response, 400, "help.contact.required", reader, model);
		}
		if (name.length() > 400 || subject.length() > 500) {
			return contactProblem(response, 400, "help.contact.invalid", reader, model);
		}
		HelpContact.Outcome outcome;
		try {
			outcome = this.contact.submit(new HelpContact.Request(name.isBlank() ? null : name.strip(),
					dev.meridian.EmailAddresses.normalize("email", email), subject.strip(), message, zone(zone), reader,
					market(reader), request.getRemoteAddr()));
		}
		catch (DomainException ex) {
			return contactProblem(response, 400, "help.contact.invalid", reader, model);
		}
		switch (outcome) {
			case TOO_LONG -> {
				model.addAttribute("problem", this.messages.getMessage("help.contact.tooLong",
						new Object[] { this.contact.maxMessageLength() }, reader.locale()));
				response.setStatus(400);
				return "knowledge/help-contact";
			}
			case RATE_LIMITED -> {
				return contactProblem(response, 429, "help.contact.rateLimited", reader, model);
			}
			case HELD -> model.addAttribute("held", true);
			default -> {
			}
		}
		model.addAttribute("sent", true);
		return "knowledge/help-contact";
	}

	private String contactProblem(HttpServletResponse response, int status, String key, LanguageTag reader,
			Model model) {
		response.setStatus(status);
		model.addAttribute("problem", text(key, reader));
		return "knowledge/help-contact";
	}

	/**
	 * The link from the confirmation mail shows a button: a GET changes nothing, so a
	 * mail scanner that follows links confirms nothing.
	 */
	@GetMapping("/help/{locale}/contact/confirm")
	String confirmation(@PathVariable String locale, @RequestParam(defaultValue = "") String token,
			HttpServletRequest request, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		page(request, model, reader);
		model.addAttribute("token", token);
		return "knowledge/help-contact-confirm";
	}

	@PostMapping("/help/{locale}/contact/confirm")
	String confirm(@PathVariable String locale, @RequestParam(defaultValue = "") String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		page(request, model, reader);
		HelpContact.Confirmation result = token.isBlank() || token.length() > 100 ? HelpContact.Confirmation.UNKNOWN
				: this.contact.confirm(token);
		if (result == HelpContact.Confirmation.UNKNOWN || result == HelpContact.Confirmation.EXPIRED) {
			response.setStatus(result == HelpContact.Confirmation.EXPIRED ? 410 : 404);
		}
		model.addAttribute("result", result.name());
		return "knowledge/help-contact-confirm";
	}

	private void page(HttpServletRequest request, Model model, LanguageTag reader) {
		PageLocale.set(request, reader.locale());
		model.addAttribute("reader", reader);
		model.addAttribute("direction", direction(reader));
		model.addAttribute("locales", this.knowledge.helpLocales());
	}

	static String direction(LanguageTag locale) {
		return RIGHT_TO_LEFT.contains(locale.language()) ? "rtl" : "ltr";
	}

	static @Nullable CountryCode market(LanguageTag reader) {
		String country = reader.locale().getCountry();
		if (country.length() != 2) {
			return null;
		}
		try {
			return new CountryCode(country);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private LanguageTag fromHeader(@Nullable String header) {
		if (header != null && !header.isBlank()) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
					if (!"*".equals(range.getRange())) {
						return this.fallback.readable(range.getRange());
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// An unreadable header: the default locale.
			}
		}
		return this.fallback.defaultLocale();
	}

	private static @Nullable ZoneId zone(String zone) {
		if (zone.isBlank()) {
			return null;
		}
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private String text(String key, LanguageTag reader) {
		return this.messages.getMessage(key, null, key, reader.locale());
	}

	private static String encode(String slug) {
		return URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
