package dev.meridian.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * An error page for a part of the site that has its own look and language, such as the
 * public help center: its module renders the errors under its paths, so a reader stays in
 * the help center's layout and locale rather than meeting the workspace's page.
 */
public interface SectionErrorPage {

	/** Whether this section owns the address that failed, e.g. {@code /help/de/...}. */
	boolean serves(String path);

	/**
	 * Fills the model and names the template of the error page for {@code path}.
	 * @param detail a reason already in the reader's language, if the failure gave one
	 */
	String render(String path, HttpStatus status, @Nullable String detail, HttpServletRequest request, Model model);

}
