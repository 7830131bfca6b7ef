package dev.meridian.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every screen the signed-in viewer, for the page header.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	@ModelAttribute("viewer")
	@Nullable Viewer viewer() {
		return ViewerLocaleResolver.currentViewer();
	}

	/**
	 * Whether the viewer leads a team, for the screens only supervisors and admins see.
	 */
	@ModelAttribute("supervising")
	boolean supervising() {
		org.springframework.security.core.Authentication authentication = org.springframework.security.core.context.SecurityContextHolder
			.getContext()
			.getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> "ROLE_SUPERVISOR".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
	}

	/**
	 * Whether the viewer is an admin: admin screens that supervisors may also read show
	 * their forms only then.
	 */
	@ModelAttribute("administering")
	boolean administering() {
		org.springframework.security.core.Authentication authentication = org.springframework.security.core.context.SecurityContextHolder
			.getContext()
			.getAuthentication();
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
	}

}
