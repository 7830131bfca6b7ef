package dev.meridian.web;

import java.io.IOException;
import java.util.List;

import dev.meridian.web.api.ProblemWriter;
import dev.meridian.web.api.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the server answers outside a controller's own handling (no such page, a
 * role that may not open it, a value the page cannot read, a fault) ends here: a Meridian
 * page in the viewer's language with the right status and a way back, or problem+json
 * under {@code /api} and for clients that do not read HTML. Never Spring's "Whitelabel"
 * page, a stack trace or framework text.
 */
@Controller
class ErrorPages implements ErrorController {

	/**
	 * A reason in the viewer's language that a handler sets before it sends the error, so
	 * the page can say more than the status.
	 */
	static final String DETAIL = ErrorPages.class.getName() + ".detail";

	private final List<SectionErrorPage> sections;

	private final ProblemWriter problems;

	ErrorPages(List<SectionErrorPage> sections, ProblemWriter problems) {
		this.sections = sections;
		this.problems = problems;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	@Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		HttpStatus status = status(request);
		String path = path(request);
		if (path.startsWith("/api/") || !readsHtml(request)) {
			this.problems.write(response, problem(status, path));
			return null;
		}
		String detail = request.getAttribute(DETAIL) instanceof String text ? text : null;
		for (SectionErrorPage section : this.sections) {
			if (section.serves(path)) {
				return new ModelAndView(section.render(path, status, detail, request, model), status);
			}
		}
		model.addAttribute("status", status.value());
		model.addAttribute("message", detail);
		model.addAttribute("viewer", ViewerLocaleResolver.currentViewer());
		return new ModelAndView("web/error", status);
	}

	private static ProblemDetail problem(HttpStatus status, String path) {
		String detail = switch (status) {
			case NOT_FOUND -> "There is nothing at " + path;
			case FORBIDDEN -> "Your role or scopes do not allow this";
			case UNAUTHORIZED -> "Sign in or send a valid API token";
			case INTERNAL_SERVER_ERROR -> "Something went wrong on our side; the server log has the details";
			default -> status.getReasonPhrase();
		};
		return Problems.of(status, "http-" + status.value(), status.getReasonPhrase(), detail);
	}

	/**
	 * Browsers ask for HTML; a script or an API client asking for JSON gets a problem.
	 */
	private static boolean readsHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch(type -> type.includes(MediaType.TEXT_HTML) && !type.isWildcardType()
						|| type.isWildcardType() && !accept.contains("json"));
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String path(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String value ? value : request.getRequestURI();
	}

}
