package dev.meridian.commerce.customs.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.meridian.DomainException;
import dev.meridian.InvalidValueException;
import dev.meridian.commerce.customs.CustomsRule;
import dev.meridian.commerce.customs.CustomsRules;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The admin screen for customs rules: each destination market's dated rules, a form to
 * add one and a way to end one on a day. Admins only (the security configuration keeps
 * {@code /app/admin/**} for them). A rejected form comes back as typed, with the reason
 * in the viewer's language beside the field at fault.
 */
@Controller
@RequestMapping("/app/admin/customs")
class CustomsAdminController {

	private final CustomsRules rules;

	private final MessageSource messages;

	CustomsAdminController(CustomsRules rules, MessageSource messages) {
		this.rules = rules;
		this.messages = messages;
	}

	@GetMapping
	String rules(Model model) {
		return page(model, CustomsRuleForm.empty(), Map.of());
	}

	@PostMapping
	String add(@ModelAttribute CustomsRuleForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			CustomsRule created = this.rules.create(form.toRequest().toRule());
			redirect.addFlashAttribute("notice", text("commerce.customsAdmin.added", created.code()));
			return "redirect:/app/admin/customs";
		}
		catch (DomainException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, form, Map.of(field(ex), error(ex)));
		}
	}

	@PostMapping("/{id}/end")
	String end(@PathVariable long id, @RequestParam(required = false) @Nullable String validTo,
			RedirectAttributes redirect) {
		CustomsRule rule = this.rules.rule(id);
		try {
			CustomsRule ended = this.rules.update(id, CustomsRuleJson.of(rule).withValidTo(validTo).toRule());
			redirect.addFlashAttribute("notice", text("commerce.customsAdmin.ended", ended.code(),
					java.util.Objects.requireNonNull(ended.validTo()).toString()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem",
					text("commerce.customsAdmin.notEnded", rule.code()) + " " + error(ex));
		}
		return "redirect:/app/admin/customs";
	}

	private String page(Model model, CustomsRuleForm form, Map<String, String> errors) {
		Map<String, List<CustomsRule>> byCountry = new TreeMap<>();
		for (CustomsRule rule : this.rules.rules(null)) {
			byCountry.computeIfAbsent(rule.country(), country -> new java.util.ArrayList<>()).add(rule);
		}
		model.addAttribute("markets", byCountry);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "commerce/customs-admin";
	}

	/** The form field a rejection belongs to; an overlap is about the dates. */
	private static String field(DomainException ex) {
		if (ex instanceof InvalidValueException invalid) {
			String field = invalid.field();
			return "taxRate".equals(field) ? "taxRatePercent" : field;
		}
		return "validFrom";
	}

	/**
	 * Why, in the viewer's language: the field's message, else the problem type's, else
	 * the rule's own English words, which still say what is wrong.
	 */
	private String error(DomainException ex) {
		String key = ex instanceof InvalidValueException invalid ? "commerce.customsAdmin.error." + invalid.field()
				: "commerce.customsAdmin.error." + ex.type();
		return this.messages.getMessage(key, null, ex.getMessage(), LocaleContextHolder.getLocale());
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
