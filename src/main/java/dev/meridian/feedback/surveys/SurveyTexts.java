package dev.meridian.feedback.surveys;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.util.ULocale;
import dev.meridian.feedback.LowRatingReason;
import dev.meridian.feedback.SurveyScale;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of surveys, their page and the "you told us" messages, from the module's own
 * bundle ({@code feedback/feedback_*.properties}): customers read more languages than the
 * workspace offers. A survey is written in the customer's preferred language when the
 * bundle has it, else the ticket's, else their market's, else English.
 */
@Component
public class SurveyTexts {

	/**
	 * The languages the bundle is written in; English is its base file. Every workspace
	 * language and every language the demo customers prefer (Korean and Hungarian too, as
	 * the notifications): a language missing here is asked in English.
	 */
	public static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "pt", "ja", "ar", "ko", "hu");

	private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

	SurveyTexts() {
		this.bundle.setBasename("feedback/feedback");
		this.bundle.setDefaultEncoding("UTF-8");
		this.bundle.setFallbackToSystemLocale(false);
		this.bundle.setAlwaysUseMessageFormat(true);
	}

	/** The first of the candidates the bundle is written in, else English. */
	public static String languageFor(@Nullable LanguageTag... candidates) {
		for (LanguageTag candidate : candidates) {
			if (candidate != null && !candidate.isUndetermined()
					&& LANGUAGES.contains(candidate.language().toLowerCase(Locale.ROOT))) {
				return candidate.language().toLowerCase(Locale.ROOT);
			}
		}
		return "en";
	}

	public String text(String key, String language, Object... arguments) {
		return this.bundle.getMessage(key, arguments, Locale.forLanguageTag(language));
	}

	/** How an answer on the scale is called: "Very satisfied", "Bad", "10". */
	public String choice(SurveyScale scale, String choice, String language) {
		return text("feedback.choice." + scale.name().toLowerCase(Locale.ROOT) + "." + choice, language);
	}

	public String reason(LowRatingReason reason, String language) {
		return text("feedback.reason." + reason.key(), language);
	}

	/** A moment as the customer reads it: their language, their zone, with the zone. */
	public static String dateTime(Instant at, @Nullable ZoneId zone, String language) {
		ZoneId shown = zone == null ? java.time.ZoneOffset.UTC : zone;
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(Locale.forLanguageTag(language))
			.format(at.atZone(shown))
			.replace("Coordinated Universal Time", "UTC");
	}

	/** Right to left for Arabic (and any other such language the bundle gains). */
	public static String direction(String language) {
		return new ULocale(language).isRightToLeft() ? "rtl" : "ltr";
	}

	/** A survey mail: the question and one link per answer. */
	public Mail survey(Survey survey, String name, @Nullable String about, String link) {
		String language = survey.language();
		boolean nps = survey.scale() == SurveyScale.NPS;
		String subject = nps ? text("feedback.mail.nps.subject", language)
				: text("feedback.mail.csat.subject", language);
		StringBuilder body = new StringBuilder(text("feedback.mail.greeting", language, name)).append("\n\n");
		body.append(nps ? text("feedback.mail.nps.question", language)
				: about == null ? text("feedback.mail.csat.question", language)
						: text("feedback.mail.csat.questionAbout", language, about))
			.append("\n\n")
			.append(text("feedback.mail.choose", language))
			.append("\n");
		for (String choice : survey.scale().choices()) {
			body.append("\n")
				.append(choice(survey.scale(), choice, language))
				.append(": ")
				.append(link)
				.append("?rating=")
				.append(choice);
		}
		body.append("\n\n")
			.append(text("feedback.mail.expires", language,
					dateTime(survey.expiresAt(), survey.zone() == null ? null : ZoneId.of(survey.zone()), language)))
			.append("\n\n")
			.append(text("feedback.mail.closing", language));
		return new Mail(subject, body.toString());
	}

	/** "You told us, we changed this": what changed, in the customer's language. */
	public Mail loop(String language, String name, String change) {
		return new Mail(text("feedback.loop.subject", language), text("feedback.mail.greeting", language, name) + "\n\n"
				+ text("feedback.loop.body", language, change) + "\n\n" + text("feedback.loop.closing", language));
	}

	/** A mail's subject and plain text. */
	public record Mail(String subject, String body) {
	}

}
