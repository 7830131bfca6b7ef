package dev.meridian.commerce.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.meridian.DomainException;
import dev.meridian.Keyset;
import dev.meridian.commerce.ReturnId;
import dev.meridian.commerce.orders.LineItem;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.orders.OrderManagement;
import dev.meridian.commerce.returns.OrderReturn;
import dev.meridian.commerce.returns.RefundMethod;
import dev.meridian.commerce.returns.ReturnCheck;
import dev.meridian.commerce.returns.ReturnManagement;
import dev.meridian.commerce.returns.ReturnRefusedException;
import dev.meridian.commerce.returns.ReturnStatus;
import dev.meridian.commerce.returns.ReturnTexts;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workspace's returns: a list filtered by status, and each return's page with its
 * items, the policy it is held to, the next steps its life cycle allows and the refund.
 * The buttons post with htmx and swap the return's state in place; without script they
 * post the form and the page comes back.
 */
@Controller
@RequestMapping("/app/returns")
class ReturnPagesController {

	static final int PAGE_SIZE = 25;

	/** The steps a person takes, in the order the buttons show them. */
	static final List<ReturnStatus> STEPS = List.of(ReturnStatus.APPROVED, ReturnStatus.IN_TRANSIT,
			ReturnStatus.RECEIVED, ReturnStatus.REJECTED);

	private final ReturnManagement returns;

	private final OrderManagement orders;

	private final ReturnTexts texts;

	private final MessageSource messages;

	ReturnPagesController(ReturnManagement returns, OrderManagement orders, ReturnTexts texts, MessageSource messages) {
		this.returns = returns;
		this.orders = orders;
		this.texts = texts;
		this.messages = messages;
	}

	/** A returned item with the title it has on the order. */
	record Item(String sku, @Nullable String title, int quantity, @Nullable String reason) {
	}

	/** A return in the list, with its order's number. */
	record ReturnRow(ReturnResponse orderReturn, String orderNumber) {
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		ReturnStatus wanted = status == null || status.isBlank() ? null : ReturnStatus.parse("status", status);
		Keyset after = cursor == null || cursor.isBlank() ? null : Keyset.decode(cursor);
		List<OrderReturn> page = this.returns.list(wanted, after, PAGE_SIZE + 1);
		String next = null;
		if (page.size() > PAGE_SIZE) {
			page = page.subList(0, PAGE_SIZE);
			OrderReturn last = page.get(PAGE_SIZE - 1);
			next = new Keyset(last.requestedAt(), last.id().value()).encode();
		}
		model.addAttribute("rows", page.stream().map(found -> {
			Order order = this.orders.get(found.order());
			return new ReturnRow(ReturnResponse.of(found, order.language()), order.number());
		}).toList());
		model.addAttribute("status", wanted == null ? "" : wanted.value());
		model.addAttribute("statuses", Arrays.stream(ReturnStatus.values()).map(ReturnStatus::value).toList());
		model.addAttribute("next", next);
		model.addAttribute("paged", after != null);
		return "commerce/returns";
	}

	@GetMapping("/{id}")
	String page(@PathVariable UUID id, Model model) {
		OrderReturn found = this.returns.get(new ReturnId(id));
		Order order = this.orders.get(found.order());
		ReturnCheck check = this.returns.checkFor(order.id());
		ReturnStatus status = found.status();
		model.addAttribute("orderReturn", ReturnResponse.of(found, order.language()));
		model.addAttribute("order", order);
		model.addAttribute("items", found.items()
			.stream()
			.map(line -> new Item(line.sku(), titleOf(order, line.sku()), line.quantity(), line.reason().orElse(null)))
			.toList());
		model.addAttribute("terms", check.terms());
		model.addAttribute("deadline", check.deadline());
		model.addAttribute("inWindow", !found.requestedAt().isAfter(check.deadline()));
		model.addAttribute("policy",
				this.texts.policy(check.terms(), check.deliveredAt().isPresent(), LocaleContextHolder.getLocale()));
		model.addAttribute("steps", STEPS.stream().filter(status::canMoveTo).map(ReturnStatus::value).toList());
		model.addAttribute("refundable", status.refundable());
		model.addAttribute("refundMethods", check.terms().refundMethods().stream().map(RefundMethod::value).toList());
		return "commerce/return";
	}

	@PostMapping("/{id}/status")
	String move(@PathVariable UUID id, @RequestParam(required = false) @Nullable String status,
			RedirectAttributes redirect) {
		try {
			ReturnStatus next = ReturnStatus.parse("status", status);
			this.returns.move(new ReturnId(id), next);
			redirect.addFlashAttribute("notice",
					text("commerce.returnPage.moved", text("commerce.return.status." + next.value())));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", text("commerce.returnPage.notMoved"));
		}
		return "redirect:/app/returns/" + id;
	}

	/** Refunds once; supervisors only (the security configuration checks). */
	@PostMapping("/{id}/refund")
	String refund(@PathVariable UUID id, @RequestParam(required = false) @Nullable String method,
			RedirectAttributes redirect) {
		try {
			RefundMethod asked = method == null || method.isBlank() ? null : RefundMethod.parse("method", method);
			this.returns.refund(new ReturnId(id), asked);
			redirect.addFlashAttribute("notice", text("commerce.returnPage.refundIssued"));
		}
		catch (ReturnRefusedException ex) {
			redirect.addFlashAttribute("problem", this.texts.refusal(ex, LocaleContextHolder.getLocale()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", text("commerce.returnPage.notRefundable"));
		}
		return "redirect:/app/returns/" + id;
	}

	private static @Nullable String titleOf(Order order, String sku) {
		return order.items()
			.stream()
			.filter(item -> item.sku().equals(sku))
			.map(LineItem::title)
			.findFirst()
			.orElse(null);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
