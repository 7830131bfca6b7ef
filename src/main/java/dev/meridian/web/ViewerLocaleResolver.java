package dev.meridian.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Screens speak the signed-in agent's UI language; before sign-in, the browser's
 * preferred language among those the workspace is translated into.
 */
@Component("localeResolver")
class ViewerLocaleResolver implements LocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale page = PageLocale.of(request);
		if (page != null) {
			return page;
		}
		Viewer viewer = currentViewer();
		if (viewer != null) {
			return viewer.locale();
		}
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(header), WorkspaceLanguages.ALL);
				if (match != null) {
					return match;
				}
			}
			catch (IllegalArgumentException ex) {
				// An unparseable header is the browser's problem, not a reason to fail.
			}
		}
		return Locale.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The UI language is a setting of the agent");
	}

	static @Nullable Viewer currentViewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof Viewer viewer ? viewer : null;
	}

}
