package dev.meridian.feedback.web;

import dev.meridian.agents.Actor;
import dev.meridian.agents.Callers;
import dev.meridian.agents.Role;
import dev.meridian.agents.Scope;
import dev.meridian.feedback.themes.Themes;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the two closing-the-loop screens share: the viewer's texts and language, the
 * supervisor check, and a theme's name in words (the lexicons' themes have no name of
 * their own, so the workspace bundle names them; a supervisor's theme keeps the name it
 * was given).
 */
@Component
class FeedbackScreen {

	private final MessageSource messages;

	FeedbackScreen(MessageSource messages) {
		this.messages = messages;
	}

	/** Refuses anyone below a supervisor, as the API does. */
	Actor supervisor(String what) {
		Callers.require(Scope.TICKETS_WRITE, Role.SUPERVISOR, what);
		return Callers.current();
	}

	/** How a change is signed in the feedback tables, as the API signs it. */
	static String by(Actor actor) {
		return actor.agentId().map(agent -> "agent:" + agent.value()).orElse("api-token");
	}

	String themeName(Themes.Theme theme) {
		return theme.name() != null ? theme.name() : themeName(theme.key());
	}

	/** Each theme's name in the viewer's language, by key, in the themes' order. */
	java.util.Map<String, String> themeNames(java.util.List<Themes.Theme> themes) {
		java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
		themes.forEach(theme -> names.put(theme.key(), themeName(theme)));
		return names;
	}

	String themeName(String key) {
		return this.messages.getMessage("feedbackScreen.themeName." + key, null, key, LocaleContextHolder.getLocale());
	}

	/**
	 * The viewer's language, primary subtag only: what a translation is compared with.
	 */
	static LanguageTag viewerLanguage() {
		return new LanguageTag(LocaleContextHolder.getLocale().getLanguage());
	}

	/** Whether two tags are the same language ({@code de} and {@code de-AT} are). */
	static boolean sameLanguage(@Nullable String one, @Nullable String other) {
		return one != null && other != null
				&& LanguageTag.read(one).language().equals(LanguageTag.read(other).language());
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
