package dev.meridian.commerce.helpcenter;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.util.ULocale;
import dev.meridian.DomainException;
import dev.meridian.EmailAddresses;
import dev.meridian.commerce.OrderId;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.orders.OrderManagement;
import dev.meridian.commerce.returns.OrderReturn;
import dev.meridian.commerce.returns.RequestedLine;
import dev.meridian.commerce.returns.ReturnCheck;
import dev.meridian.commerce.returns.ReturnManagement;
import dev.meridian.commerce.returns.ReturnRefusedException;
import dev.meridian.commerce.returns.ReturnTexts;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.knowledge.KnowledgeManagement;
import dev.meridian.knowledge.LocaleFallback;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import dev.meridian.web.PageLocale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The help center's return pages at {@code /help/{locale}/returns}: look up an order by
 * number and address, follow the mailed link, then open a return and follow its status.
 * Server-rendered like the rest of the help center, usable without JavaScript; every form
 * carries a CSRF token.
 */
@Controller
class HelpCenterReturnController {

	private static final String VIEW = "commerce/help-returns";

	private final HelpCenterReturns access;

	private final ReturnManagement returns;

	private final OrderManagement orders;

	private final CustomerManagement customers;

	private final MarketManagement markets;

	private final ReturnTexts texts;

	private final LocaleFallback fallback;

	private final KnowledgeManagement knowledge;

	private final HelpCenterReturnSettings settings;

	private final MessageSource messages;

	private final java.time.Clock clock;

	HelpCenterReturnController(HelpCenterReturns access, ReturnManagement returns, OrderManagement orders,
			CustomerManagement customers, MarketManagement markets, ReturnTexts texts, LocaleFallback fallback,
			KnowledgeManagement knowledge, HelpCenterReturnSettings settings, MessageSource messages,
			java.time.Clock clock) {
		this.access = access;
		this.returns = returns;
		this.orders = orders;
		this.customers = customers;
		this.markets = markets;
		this.texts = texts;
		this.fallback = fallback;
		this.knowledge = knowledge;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/help/{locale}/returns")
	String lookup(@PathVariable String locale, HttpServletRequest request, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		page(request, model, reader, "lookup");
		return VIEW;
	}

	@PostMapping("/help/{locale}/returns")
	String lookUp(@PathVariable String locale, @RequestParam(defaultValue = "") String number,
			@RequestParam(defaultValue = "") String email, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		page(request, model, reader, "lookup");
		model.addAttribute("number", number);
		model.addAttribute("email", email);
		if (number.isBlank() || email.isBlank() || number.length() > 100) {
			return problem(response, 400, "help.returns.lookup.required", reader, model);
		}
		String address;
		try {
			address = EmailAddresses.normalize("email", email);
		}
		catch (DomainException ex) {
			return problem(response, 400, "help.returns.lookup.invalidEmail", reader, model);
		}
		HelpCenterReturns.Outcome outcome = this.access
			.lookUp(new HelpCenterReturns.Lookup(number.strip(), address, reader, request.getRemoteAddr()));
		if (outcome == HelpCenterReturns.Outcome.RATE_LIMITED) {
			return problem(response, 429, "help.returns.lookup.rateLimited", reader, model);
		}
		model.addAttribute("answered", true);
		return VIEW;
	}

	/**
	 * The mailed link shows a button: a GET changes nothing, so a mail scanner that
	 * follows links does not use up the one-time link.
	 */
	@GetMapping("/help/{locale}/returns/access")
	String link(@PathVariable String locale, @RequestParam(defaultValue = "") String token, HttpServletRequest request,
			Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		page(request, model, reader, "access");
		model.addAttribute("token", token);
		return VIEW;
	}

	@PostMapping("/help/{locale}/returns/access")
	String follow(@PathVariable String locale, @RequestParam(defaultValue = "") String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		HelpCenterReturns.Opened opened = token.isBlank() || token.length() > 100
				? new HelpCenterReturns.Opened(Optional.empty(), Optional.of(HelpCenterReturns.Refusal.UNKNOWN))
				: this.access.open(token);
		if (opened.access().isEmpty()) {
			page(request, model, reader, "access");
			HelpCenterReturns.Refusal why = opened.refusal().orElseThrow();
			response.setStatus(why == HelpCenterReturns.Refusal.UNKNOWN ? 404 : 410);
			model.addAttribute("problem", text("help.returns.access." + why.name().toLowerCase(Locale.ROOT), reader));
			return VIEW;
		}
		HelpCenterReturns.Access granted = opened.access().get();
		// A new session id once access is granted: a session id planted before cannot
		// ride on it.
		request.getSession(true);
		request.changeSessionId();
		request.getSession()
			.setAttribute(ReturnAccess.SESSION_ATTRIBUTE, new ReturnAccess(granted.order().value(),
					granted.language().value(), this.clock.instant().plus(this.settings.accessValidity())));
		return "redirect:/help/" + granted.language().value() + "/returns/order";
	}

	@GetMapping("/help/{locale}/returns/order")
	String order(@PathVariable String locale, HttpServletRequest request, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		Optional<OrderId> granted = granted(request);
		if (granted.isEmpty()) {
			return "redirect:/help/" + reader.value() + "/returns?expired";
		}
		page(request, model, reader, "order");
		orderPage(model, granted.get(), reader);
		return VIEW;
	}

	@PostMapping("/help/{locale}/returns/order")
	String open(@PathVariable String locale, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		Optional<OrderId> granted = granted(request);
		if (granted.isEmpty()) {
			return "redirect:/help/" + reader.value() + "/returns?expired";
		}
		page(request, model, reader, "order");
		Order order = this.orders.get(granted.get());
		List<RequestedLine> lines = new ArrayList<>();
		for (int i = 0; i < order.items().size() && i < 500; i++) {
			int quantity = quantity(form.getFirst("quantity" + i));
			if (quantity > 0) {
				String reason = form.getFirst("reason" + i);
				lines.add(new RequestedLine(order.items().get(i).sku(), quantity,
						reason != null && ReturnPage.REASONS.contains(reason) ? reason : "other"));
			}
		}
		if (lines.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("problem", text("help.returns.order.nothingChosen", reader));
			orderPage(model, granted.get(), reader);
			return VIEW;
		}
		try {
			OrderReturn opened = this.returns.request(granted.get(), lines);
			model.addAttribute("opened", ReturnPage.number(opened));
			model.addAttribute("instructions",
					text("help.returns.instructions."
							+ this.returns.checkFor(granted.get()).terms().returnShippingPaidBy(), reader,
							ReturnPage.number(opened)));
			model.addAttribute("returnAddress",
					this.returns.returnAddress(order.market()).map(address -> address.lines().toList()).orElse(null));
		}
		catch (ReturnRefusedException refused) {
			response.setStatus(422);
			model.addAttribute("problem", this.texts.refusal(refused, reader.locale()));
		}
		orderPage(model, granted.get(), reader);
		return VIEW;
	}

	private void orderPage(Model model, OrderId id, LanguageTag reader) {
		Order order = this.orders.get(id);
		ReturnCheck check = this.returns.checkFor(id);
		Optional<ReturnRefusedException> refused = Optional.empty();
		try {
			// No items yet: only what holds for the whole order (cancelled, window).
			check.check(List.of(), this.clock.instant());
		}
		catch (ReturnRefusedException why) {
			refused = Optional.of(why);
		}
		model.addAttribute("page", ReturnPage.of(order, check, this.returns.ofOrder(id), this.texts, this.messages,
				reader.locale(), zoneOf(order), refused));
	}

	/** The customer's zone, else their market's, else the order's market's, else UTC. */
	private ZoneId zoneOf(Order order) {
		Optional<Customer> customer = this.customers.find(order.customer());
		return customer.flatMap(Customer::timeZone)
			.or(() -> customer.flatMap(Customer::market).flatMap(this.markets::find).map(Market::timeZone))
			.or(() -> order.marketKnown() ? market(order.market()).flatMap(this.markets::find).map(Market::timeZone)
					: Optional.empty())
			.orElse(ZoneOffset.UTC);
	}

	private static Optional<CountryCode> market(String code) {
		try {
			return Optional.of(new CountryCode(code));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private Optional<OrderId> granted(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ReturnAccess.SESSION_ATTRIBUTE) instanceof ReturnAccess held)) {
			return Optional.empty();
		}
		if (!Instant.now(this.clock).isBefore(held.until())) {
			session.removeAttribute(ReturnAccess.SESSION_ATTRIBUTE);
			return Optional.empty();
		}
		return Optional.of(new OrderId(held.order()));
	}

	private static int quantity(String value) {
		if (value == null || !value.strip().matches("\\d{1,4}")) {
			return 0;
		}
		return Integer.parseInt(value.strip());
	}

	private String problem(HttpServletResponse response, int status, String key, LanguageTag reader, Model model) {
		response.setStatus(status);
		model.addAttribute("problem", text(key, reader));
		return VIEW;
	}

	private void page(HttpServletRequest request, Model model, LanguageTag reader, String step) {
		PageLocale.set(request, reader.locale());
		model.addAttribute("reader", reader);
		model.addAttribute("direction", ULocale.forLanguageTag(reader.value()).isRightToLeft() ? "rtl" : "ltr");
		model.addAttribute("locales", this.knowledge.helpLocales());
		model.addAttribute("step", step);
	}

	private String text(String key, LanguageTag reader, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, reader.locale());
	}

}
