package dev.meridian.agents.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in form; Spring Security handles its POST.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "agents/login";
	}

}
