package dev.meridian.feedback.surveys;

import dev.meridian.feedback.FeedbackSettings;
import dev.meridian.web.PublicAddress;

import org.springframework.stereotype.Component;

/**
 * The public address of a survey's page: {@code meridian.feedback.public-url}, else the
 * server's public address ({@link PublicAddress}).
 */
@Component
public class SurveyLinks {

	private final FeedbackSettings settings;

	private final PublicAddress publicAddress;

	SurveyLinks(FeedbackSettings settings, PublicAddress publicAddress) {
		this.settings = settings;
		this.publicAddress = publicAddress;
	}

	public String page(String token) {
		return base() + "/feedback/" + token;
	}

	private String base() {
		return this.publicAddress.base(this.settings.publicUrl());
	}

}
