package dev.meridian.web;

import java.io.IOException;

import dev.meridian.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A broken rule on a screen (a ticket number that does not exist, say) is an error page
 * in the viewer's language with the right status, not a stack trace: the status goes to
 * {@link ErrorPages} with the reason, so the workspace and the help center each show it
 * in their own layout. The API's own handler comes first for REST controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	void domain(DomainException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
		};
		request.setAttribute(ErrorPages.DETAIL, text("problem." + ex.type(), ex.getMessage()));
		response.sendError(status.value());
	}

	/**
	 * A form field the page never offered, such as row 100000 of a list: the form was
	 * edited by hand, so the request is bad, not the server.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	void unreadableForm(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	private String text(String key, @Nullable String fallback) {
		return this.messages.getMessage(key, null, fallback == null ? key : fallback, LocaleContextHolder.getLocale());
	}

}
