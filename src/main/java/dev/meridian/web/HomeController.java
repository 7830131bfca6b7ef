package dev.meridian.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The root leads to the workspace (which asks to sign in first).
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/app";
	}

}
