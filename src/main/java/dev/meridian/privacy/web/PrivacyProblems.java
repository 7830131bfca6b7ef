package dev.meridian.privacy.web;

import dev.meridian.DomainException;
import dev.meridian.InvalidValueException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Why an action on the privacy screens was refused, in the viewer's language: the field's
 * message, else the problem type's, else the rule's own English words.
 */
final class PrivacyProblems {

	private PrivacyProblems() {
	}

	static String text(MessageSource messages, DomainException ex) {
		String key = ex instanceof InvalidValueException invalid ? "privacy.screen.error." + invalid.field()
				: "privacy.screen.error." + ex.type();
		return messages.getMessage(key, null, ex.getMessage(), LocaleContextHolder.getLocale());
	}

}
