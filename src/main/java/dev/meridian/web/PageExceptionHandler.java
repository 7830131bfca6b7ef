package dev.meridian.web;

import dev.meridian.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A broken rule on a screen (a ticket number that does not exist, say) is a page in the
 * viewer's language with the right status, not a stack trace. The API's own handler comes
 * first for REST controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	String domain(DomainException ex, Model model, HttpServletResponse response) {
		response.setStatus(switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND.value();
			case CONFLICT -> HttpStatus.CONFLICT.value();
			case INVALID -> HttpStatus.BAD_REQUEST.value();
			case FORBIDDEN -> HttpStatus.FORBIDDEN.value();
		});
		model.addAttribute("viewer", ViewerLocaleResolver.currentViewer());
		model.addAttribute("message", text("problem." + ex.type(), ex.getMessage()));
		return "web/error";
	}

	private String text(String key, @Nullable String fallback) {
		return this.messages.getMessage(key, null, fallback == null ? key : fallback, LocaleContextHolder.getLocale());
	}

}
