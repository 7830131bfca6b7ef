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

}
