package dev.meridian.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * A page whose language is in its address (the public help center's
 * {@code /help/pt-BR/...}) sets it here; it then outranks the viewer's UI language for
 * that request's messages.
 */
public final class PageLocale {

	static final String ATTRIBUTE = PageLocale.class.getName();

	private PageLocale() {
	}

	public static void set(HttpServletRequest request, Locale locale) {
		request.setAttribute(ATTRIBUTE, locale);
	}

	static @Nullable Locale of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof Locale locale ? locale : null;
	}

}
