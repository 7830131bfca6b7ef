package dev.meridian.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Pages that fail with an unexpected fault, in the workspace and in the help center, so
 * tests can see what a reader gets from a real 500 without breaking a real screen. Found
 * by the application's component scan, which covers the test classes in
 * {@code dev.meridian}; never part of the server that ships.
 */
@Controller
public class FailingPages {

	public static final String WORKSPACE = "/app/test-only/failure";

	public static String helpCenter(String locale) {
		return "/help/" + locale + "/test-only/failure";
	}

	@GetMapping(WORKSPACE)
	String failInWorkspace() {
		throw new IllegalStateException("A fault the reader must never see: java.lang.secret");
	}

	@GetMapping("/help/{locale}/test-only/failure")
	String failInHelpCenter(@PathVariable String locale) {
		throw new IllegalStateException("A fault the reader must never see: java.lang.secret");
	}

}
