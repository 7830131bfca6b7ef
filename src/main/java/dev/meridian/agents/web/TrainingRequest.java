package dev.meridian.agents.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.NewTrainingRecord;
import dev.meridian.agents.Proficiency;
import dev.meridian.markets.LanguageTag;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * A training record as clients send it; {@code completedOn} is a date, a certification's
 * {@code level} a CEFR level ({@code b2}, in any case).
 */
record TrainingRequest(@Nullable String courseTitle, @Nullable String courseLanguage, @Nullable String completedOn,
		@Nullable CertificationRequest certification) {

	record CertificationRequest(@Nullable String language, @Nullable String level, @Nullable String reference) {

		NewTrainingRecord.Certification toCertification() {
			return new NewTrainingRecord.Certification(
					TrainingRequest.language("certification.language", this.language),
					EnumValues.parse("certification.level", this.level, Proficiency.class), this.reference);
		}

	}

	NewTrainingRecord toRecord() {
		return new NewTrainingRecord(this.courseTitle == null ? "" : this.courseTitle,
				language("courseLanguage", this.courseLanguage), date("completedOn", this.completedOn),
				this.certification == null ? null : this.certification.toCertification());
	}

	static LanguageTag language(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException(field, "A language (BCP 47, e.g. pt-BR) is required");
		}
		return LanguageTag.parse(field, value);
	}

	static LocalDate date(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException(field, "A date YYYY-MM-DD is required");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not a date YYYY-MM-DD");
		}
	}

}
