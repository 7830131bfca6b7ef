package dev.meridian.customers.web;

import java.util.List;
import java.util.UUID;

import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.CustomerOverview;
import dev.meridian.markets.FormOfAddress;
import dev.meridian.markets.Formality;
import dev.meridian.markets.MarketManagement;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workspace's customers: a list with a search box, and each customer's page, the 360
 * (profile with their local time, and the panels other modules contribute).
 */
@Controller
@RequestMapping("/app/customers")
class CustomerPagesController {

	static final int PAGE_SIZE = 50;

	private final CustomerManagement customers;

	private final CustomerOverview overview;

	private final MarketManagement markets;

	CustomerPagesController(CustomerManagement customers, CustomerOverview overview, MarketManagement markets) {
		this.customers = customers;
		this.overview = overview;
		this.markets = markets;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, Model model) {
		String text = q == null ? "" : q.strip();
		List<Customer> found = text.isEmpty() ? this.customers.list(null, null, PAGE_SIZE)
				: this.customers.search(text, PAGE_SIZE);
		model.addAttribute("q", text);
		model.addAttribute("customers", found);
		return "customers/list";
	}

	@GetMapping("/{id}")
	String page(@PathVariable UUID id, Model model) {
		CustomerOverview.View view = this.overview.of(new CustomerId(id));
		Customer customer = view.customer();
		model.addAttribute("customer", customer);
		model.addAttribute("customerZone", customer.timeZone().orElse(null));
		model.addAttribute("customerDay", null);
		model.addAttribute("market", customer.market().flatMap(this.markets::find).orElse(null));
		model.addAttribute("sections", view.sections());
		model.addAttribute("formsOfAddress", FormOfAddress.values());
		model.addAttribute("formalities", Formality.values());
		return "customers/page";
	}

	/**
	 * The form on the customer's page: how replies address them. An empty form of address
	 * means "not known" (the reply draft then greets them neutrally), unlike
	 * {@code NONE}: "no title, the full name".
	 */
	@PostMapping("/{id}/address")
	String address(@PathVariable UUID id, @RequestParam(defaultValue = "") String formOfAddress,
			@RequestParam(defaultValue = "DEFAULT") String formality, RedirectAttributes redirect) {
		this.customers.changeAddress(new CustomerId(id),
				formOfAddress.isBlank() ? null : EnumValues.parse("formOfAddress", formOfAddress, FormOfAddress.class),
				EnumValues.parse("formality", formality, Formality.class));
		redirect.addFlashAttribute("addressSaved", true);
		return "redirect:/app/customers/" + id;
	}

}
