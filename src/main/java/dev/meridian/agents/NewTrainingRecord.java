package dev.meridian.agents;

import java.time.LocalDate;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * A course an agent completed, validated; with the language certification it gave, if
 * any.
 *
 * @param courseTitle what the course is called
 * @param courseLanguage the language the course was taught in
 * @param completedOn the day it was completed
 * @param certification the certificate it led to, if any
 */
public record NewTrainingRecord(String courseTitle, LanguageTag courseLanguage, LocalDate completedOn,
		@Nullable Certification certification) {

	/** The longest course title kept. */
	static final int MAX_TITLE = 300;

	public NewTrainingRecord {
		courseTitle = courseTitle == null ? "" : courseTitle.strip();
		if (courseTitle.isEmpty()) {
			throw new InvalidValueException("courseTitle", "A course title is required");
		}
		if (courseTitle.codePointCount(0, courseTitle.length()) > MAX_TITLE) {
			throw new InvalidValueException("courseTitle",
					"A course title may have at most " + MAX_TITLE + " characters");
		}
		if (courseLanguage.isUndetermined()) {
			throw new InvalidValueException("courseLanguage", "The course's language is required");
		}
	}

	/**
	 * A language certificate: the level it claims, on the CEFR scale (A1 to C2; "native"
	 * is no certificate's level), and the certificate's number or link to check it by.
	 *
	 * @param language the language certified
	 * @param level the CEFR level claimed
	 * @param reference the certificate's reference, if given
	 */
	public record Certification(LanguageTag language, Proficiency level, @Nullable String reference) {

		public Certification {
			if (language.isUndetermined()) {
				throw new InvalidValueException("certification.language", "The certified language is required");
			}
			if (level == Proficiency.NATIVE) {
				throw new InvalidValueException("certification.level",
						"A certificate claims a CEFR level: a1, a2, b1, b2, c1 or c2");
			}
			reference = reference == null || reference.isBlank() ? null : reference.strip();
			if (reference != null && reference.length() > 200) {
				throw new InvalidValueException("certification.reference",
						"A certificate reference may have at most 200 characters");
			}
		}

	}

}
