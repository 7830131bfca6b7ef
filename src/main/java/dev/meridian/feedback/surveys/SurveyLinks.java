package dev.meridian.feedback.surveys;

import dev.meridian.feedback.FeedbackSettings;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The public address of a survey's page: {@code meridian.feedback.public-url}, else the
 * help center's ({@code meridian.help.contact.public-url}), else this server on
 * localhost.
 */
@Component
public class SurveyLinks {

	private final FeedbackSettings settings;

	private final Environment environment;

	SurveyLinks(FeedbackSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
	}

	public String page(String token) {
		return base() + "/feedback/" + token;
	}

	private String base() {
		if (this.settings.publicUrl() != null) {
			return this.settings.publicUrl();
		}
		String help = this.environment.getProperty("meridian.help.contact.public-url");
		if (help != null && !help.isBlank()) {
			return help.strip().replaceAll("/+$", "");
		}
		return "http://localhost:" + this.environment.getProperty("local.server.port", "8080");
	}

}
