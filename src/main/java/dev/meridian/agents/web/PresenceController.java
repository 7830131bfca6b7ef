package dev.meridian.agents.web;

import dev.meridian.agents.Actor;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AvailabilityManagement;
import dev.meridian.agents.Callers;
import dev.meridian.agents.NotAllowedException;
import dev.meridian.agents.Presence;
import dev.meridian.web.EnumValues;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The presence switch in the workspace header: agents go online, away or offline
 * themselves; routing only gives work to agents who are online.
 */
@Controller
class PresenceController {

	private final AvailabilityManagement availability;

	PresenceController(AvailabilityManagement availability) {
		this.availability = availability;
	}

	@PostMapping("/app/presence")
	String change(@RequestParam String presence, HttpServletRequest request) {
		Actor actor = Callers.current();
		AgentId self = actor.agentId().orElseThrow(() -> new NotAllowedException("Only agents have a presence"));
		this.availability.changePresence(self, EnumValues.parse("presence", presence, Presence.class), actor);
		// Back to the screen the switch was used on, within the workspace only.
		String path = refererPath(request.getHeader("Referer"));
		return "redirect:" + (path != null && path.startsWith("/app") ? path : "/app");
	}

	/**
	 * The path of the page the switch was used on; nothing when the header is unreadable.
	 */
	static @Nullable String refererPath(@Nullable String referer) {
		if (referer == null) {
			return null;
		}
		try {
			String path = java.net.URI.create(referer.strip()).getRawPath();
			// "//evil.example" is a path to the browser's eyes but a host to a redirect.
			return path == null || path.startsWith("//") ? null : path;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The viewer's presence for the header, on every workspace screen. */
	@ControllerAdvice(annotations = Controller.class)
	static class CurrentPresence {

		private final AvailabilityManagement availability;

		CurrentPresence(AvailabilityManagement availability) {
			this.availability = availability;
		}

		@ModelAttribute("presence")
		@Nullable String presence(HttpServletRequest request) {
			if (!request.getRequestURI().startsWith("/app")) {
				return null;
			}
			try {
				return Callers.current()
					.agentId()
					.map(agent -> this.availability.availability(agent).presence().name())
					.orElse(null);
			}
			catch (NotAllowedException ex) {
				return null;
			}
		}

	}

}
