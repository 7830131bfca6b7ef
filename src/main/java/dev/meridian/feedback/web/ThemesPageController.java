package dev.meridian.feedback.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.Actor;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.feedback.themes.ClosingTheLoop;
import dev.meridian.feedback.themes.Themes;
import dev.meridian.markets.LanguageTag;
import dev.meridian.web.WorkspaceLanguages;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Themes of feedback comments ({@code /app/feedback/themes}, supervisors and admins): how
 * many comments each holds in which language and how many customers raised it; a theme's
 * comments; themes of the supervisor's own and comments put into them by hand; and
 * marking a theme addressed with a note, which tells each customer who raised it once.
 */
@Controller
class ThemesPageController {

	private static final int UNTAGGED = 50;

	private final Themes themes;

	private final ClosingTheLoop loop;

	private final CustomerManagement customers;

	private final FeedbackScreen screen;

	ThemesPageController(Themes themes, ClosingTheLoop loop, CustomerManagement customers, FeedbackScreen screen) {
		this.themes = themes;
		this.loop = loop;
		this.customers = customers;
		this.screen = screen;
	}

	/** A theme in the list, with its name in words and who raised it. */
	record Row(Themes.Theme theme, String name, Themes.Raised raised) {
	}

	/** A comment of a theme, with its customer's name and the themes it is in. */
	record CommentRow(Themes.Comment comment, String customer, List<String> themes) {
	}

	@GetMapping("/app/feedback/themes")
	String list(Model model) {
		this.screen.supervisor("Reading themes");
		Map<String, Themes.Raised> raised = this.themes.raised();
		List<Row> rows = this.themes.list()
			.stream()
			.map(theme -> new Row(theme, this.screen.themeName(theme),
					raised.getOrDefault(theme.key(), new Themes.Raised(Map.of(), 0))))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("themeNames",
				rows.stream()
					.collect(java.util.stream.Collectors.toMap(r -> r.theme().key(), Row::name, (a, b) -> a,
							java.util.LinkedHashMap::new)));
		List<Themes.Comment> untagged = this.themes.untagged(UNTAGGED);
		Map<CustomerId, Customer> names = this.customers
			.findAll(untagged.stream().map(c -> new CustomerId(c.customer())).distinct().toList());
		model.addAttribute("untagged",
				untagged.stream().map(c -> new CommentRow(c, customerName(names, c.customer()), List.of())).toList());
		return "feedback/themes";
	}

	@GetMapping("/app/feedback/themes/{key}")
	String theme(@PathVariable String key, Model model) {
		this.screen.supervisor("Reading themes");
		Themes.Theme theme = this.themes.get(key);
		List<Themes.Comment> comments = this.themes.comments(key);
		Map<CustomerId, Customer> names = this.customers
			.findAll(comments.stream().map(c -> new CustomerId(c.customer())).distinct().toList());
		Map<UUID, List<String>> themesOf = this.themes.themesOf(comments.stream().map(Themes.Comment::survey).toList());
		model.addAttribute("theme", theme);
		model.addAttribute("name", this.screen.themeName(theme));
		model.addAttribute("raised", this.themes.raised().getOrDefault(key, new Themes.Raised(Map.of(), 0)));
		model.addAttribute("comments", comments.stream().map(c -> {
			return new CommentRow(c, customerName(names, c.customer()), themesOf.getOrDefault(c.survey(), List.of()));
		}).toList());
		model.addAttribute("themeNames", this.screen.themeNames(this.themes.list()));
		model.addAttribute("noteLanguages", WorkspaceLanguages.ALL.stream().map(Locale::getLanguage).toList());
		model.addAttribute("viewerLanguage", FeedbackScreen.viewerLanguage().value());
		return "feedback/theme";
	}

	@PostMapping("/app/feedback/themes")
	String create(@RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		this.screen.supervisor("Adding themes");
		try {
			if (name.isBlank()) {
				throw new InvalidValueException("name", "A theme name is 1–200 characters");
			}
			Themes.Theme theme = this.themes.create(key, name);
			redirect.addFlashAttribute("notice", this.screen.text("feedbackScreen.themes.created", name.strip()));
			return "redirect:/app/feedback/themes/" + theme.key();
		}
		catch (Themes.ThemeExistsException ex) {
			redirect.addFlashAttribute("problem", this.screen.text("feedbackScreen.problem.themeExists", key.strip()));
		}
		catch (InvalidValueException ex) {
			redirect.addFlashAttribute("problem", this.screen.text("feedbackScreen.problem.theme." + ex.field()));
		}
		return "redirect:/app/feedback/themes";
	}

	/**
	 * Puts a comment into a theme by hand, from the follow-ups or from another theme's
	 * comments ({@code back}: where the form was).
	 */
	@PostMapping("/app/feedback/tags")
	String tag(@RequestParam("theme") String key, @RequestParam UUID survey,
			@RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
		Actor viewer = this.screen.supervisor("Tagging comments");
		this.themes.tagByHand(key, survey, FeedbackScreen.by(viewer));
		redirect.addFlashAttribute("notice",
				this.screen.text("feedbackScreen.tagged", this.screen.themeName(this.themes.get(key))));
		if ("follow-ups".equals(back)) {
			return "redirect:/app/feedback/follow-ups";
		}
		if ("themes".equals(back)) {
			return "redirect:/app/feedback/themes#untagged";
		}
		String returnTo = back.isBlank() ? key : back;
		// Only a theme that exists: the address is ours, never one the form made up.
		return "redirect:/app/feedback/themes/"
				+ UriUtils.encodePathSegment(this.themes.get(returnTo).key(), java.nio.charset.StandardCharsets.UTF_8);
	}

	@PostMapping("/app/feedback/themes/{key}/addressed")
	String addressed(@PathVariable String key, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) @Nullable String language, RedirectAttributes redirect) {
		Actor viewer = this.screen.supervisor("Marking themes addressed");
		LanguageTag noteLanguage = language == null || language.isBlank() ? FeedbackScreen.viewerLanguage()
				: LanguageTag.parse("language", language);
		try {
			ClosingTheLoop.Addressed addressed = this.loop.markAddressed(key, note, noteLanguage,
					FeedbackScreen.by(viewer));
			redirect.addFlashAttribute("notice",
					this.screen.text("feedbackScreen.addressed.notice", addressed.notified(), addressed.skipped()));
		}
		catch (ClosingTheLoop.ThemeAddressedException ex) {
			redirect.addFlashAttribute("problem", this.screen.text("feedbackScreen.problem.addressedAlready"));
		}
		catch (InvalidValueException ex) {
			redirect.addFlashAttribute("problem", this.screen.text("feedbackScreen.problem.note"));
		}
		return "redirect:/app/feedback/themes/"
				+ UriUtils.encodePathSegment(this.themes.get(key).key(), java.nio.charset.StandardCharsets.UTF_8);
	}

	private String customerName(Map<CustomerId, Customer> names, UUID id) {
		Customer customer = names.get(new CustomerId(id));
		return customer == null ? this.screen.text("feedbackScreen.customer.deleted") : customer.displayName();
	}

}
