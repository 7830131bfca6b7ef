package dev.meridian.channels.chat.settings.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.DomainException;
import dev.meridian.NotFoundException;
import dev.meridian.InvalidValueException;
import dev.meridian.channels.chat.ChatTexts;
import dev.meridian.channels.chat.settings.BotMode;
import dev.meridian.channels.chat.settings.FieldMode;
import dev.meridian.channels.chat.settings.PreChatForm;
import dev.meridian.channels.chat.settings.ShopSettings;
import dev.meridian.channels.chat.settings.WidgetSettings;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The admin screen for the chat widget: per market (or the default for all markets) the
 * widget's colour, greetings, allowed sites, languages and pre-chat form, and the one tag
 * a shop pastes into its pages. Admins only ({@code /app/admin/**}). A rejected form
 * comes back as typed, with the reason beside the field at fault.
 */
@Controller
@RequestMapping("/app/admin/chat")
class ChatSettingsAdminController {

	private final ShopSettings shops;

	private final MarketManagement markets;

	private final MessageSource messages;

	ChatSettingsAdminController(ShopSettings shops, MarketManagement markets, MessageSource messages) {
		this.shops = shops;
		this.markets = markets;
		this.messages = messages;
	}

	/** One market's settings as the form shows them. */
	record Form(String market, boolean enabled, String colour, Map<String, String> greetings, String origins,
			List<String> languages, String name, String email, String order, String bot) {

		static Form of(WidgetSettings settings) {
			Map<String, String> greetings = new LinkedHashMap<>();
			for (String language : ChatTexts.LANGUAGES) {
				greetings.put(language, settings.greetings().getOrDefault(language, ""));
			}
			return new Form(settings.market(), settings.enabled(), settings.colour(), greetings,
					String.join("\n", settings.allowedOrigins()), settings.languages(),
					settings.preChat().name().value(), settings.preChat().email().value(),
					settings.preChat().order().value(), settings.bot().value());
		}

	}

	@GetMapping
	String settings(@RequestParam(defaultValue = WidgetSettings.DEFAULT) String market, Model model) {
		String selected = known(market);
		return page(model, Form.of(this.shops.forMarket(selected)), null);
	}

	@PostMapping("/{market}")
	String save(@PathVariable String market, @RequestParam MultiValueMap<String, String> form, Model model,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletResponse response) {
		String selected = known(market);
		Map<String, String> greetings = new LinkedHashMap<>();
		for (String language : ChatTexts.LANGUAGES) {
			greetings.put(language, first(form, "greeting." + language));
		}
		List<String> languages = form.getOrDefault("languages", List.of());
		String origins = first(form, "origins");
		Form typed = new Form(selected, form.containsKey("enabled"), first(form, "colour"), greetings, origins,
				languages, first(form, "prechatName"), first(form, "prechatEmail"), first(form, "prechatOrder"),
				first(form, "bot"));
		try {
			WidgetSettings saved = this.shops.save(new WidgetSettings(selected, typed.enabled(), typed.colour(),
					greetings, List.of(origins.split("[\\s,]+")), languages,
					new PreChatForm(FieldMode.parse("prechatName", typed.name()),
							FieldMode.parse("prechatEmail", typed.email()),
							FieldMode.parse("prechatOrder", typed.order())),
					BotMode.parse("bot", typed.bot())));
			model.addAttribute("notice", text("chatAdmin.saved", label(saved.market())));
			return page(model, Form.of(saved), null);
		}
		catch (DomainException ex) {
			if (htmx == null) {
				// htmx swaps only successful answers: it gets the form with its errors
				// as a 200, a plain form post the 422 it deserves.
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			String field = ex instanceof InvalidValueException invalid ? invalid.field() : "market";
			model.addAttribute("problem", text("chatAdmin.rejected"));
			return page(model, typed, Map.of(field, this.messages.getMessage("chatAdmin.error." + field, null,
					ex.getMessage(), LocaleContextHolder.getLocale())));
		}
	}

	/**
	 * The market named in the address, or the default settings; anything else is a page
	 * that does not exist (404), never a server error.
	 */
	private String known(String market) {
		String selected = market.strip().toUpperCase(Locale.ROOT);
		if (WidgetSettings.DEFAULT.equals(selected)
				|| this.markets.all().stream().anyMatch(known -> known.code().value().equals(selected))) {
			return selected;
		}
		throw new NotFoundException("Market", market);
	}

	private String page(Model model, Form form, @Nullable Map<String, String> errors) {
		List<Choice> choices = new ArrayList<>();
		choices.add(new Choice(WidgetSettings.DEFAULT, label(WidgetSettings.DEFAULT),
				this.shops.storedFor(WidgetSettings.DEFAULT).isPresent()));
		for (Market market : this.markets.all()) {
			String code = market.code().value();
			choices.add(new Choice(code, label(code), this.shops.storedFor(code).isPresent()));
		}
		model.addAttribute("choices", choices);
		model.addAttribute("form", form);
		model.addAttribute("marketLabel", label(form.market()));
		model.addAttribute("errors", errors == null ? Map.of() : errors);
		model.addAttribute("languages", ChatTexts.LANGUAGES);
		Map<String, String> names = new LinkedHashMap<>();
		for (String language : ChatTexts.LANGUAGES) {
			names.put(language, Locale.forLanguageTag(language).getDisplayLanguage(LocaleContextHolder.getLocale()));
		}
		model.addAttribute("languageNames", names);
		model.addAttribute("modes", List.of("off", "optional", "required"));
		model.addAttribute("botModes", java.util.Arrays.stream(BotMode.values()).map(BotMode::value).toList());
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		model.addAttribute("snippet",
				"<script src=\"" + base + "/widget.js\""
						+ (WidgetSettings.DEFAULT.equals(form.market()) ? "" : " data-market=\"" + form.market() + "\"")
						+ " async></script>");
		return "chat/admin";
	}

	/** A market to pick, and whether it has settings of its own. */
	record Choice(String code, String label, boolean own) {
	}

	private String label(String market) {
		if (WidgetSettings.DEFAULT.equals(market)) {
			return text("chatAdmin.allMarkets");
		}
		String name = new Locale.Builder().setRegion(market).build().getDisplayCountry(LocaleContextHolder.getLocale());
		return name.isBlank() ? market : name + " (" + market + ")";
	}

	private static String first(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return value == null ? "" : value;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
