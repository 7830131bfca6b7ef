package dev.meridian.agents.web;

import dev.meridian.agents.NewTrainingRecord;
import org.jspecify.annotations.Nullable;

/**
 * A training record as entered on a screen: the certification fields stay empty for a
 * course without a certificate.
 */
record TrainingForm(@Nullable String courseTitle, @Nullable String courseLanguage, @Nullable String completedOn,
		@Nullable String certLanguage, @Nullable String certLevel, @Nullable String certReference) {

	static final TrainingForm EMPTY = new TrainingForm("", "", "", "", "", "");

	/**
	 * @throws dev.meridian.InvalidValueException naming the field at fault
	 */
	NewTrainingRecord toRecord() {
		boolean certified = !blank(this.certLanguage) || !blank(this.certLevel);
		return new TrainingRequest(this.courseTitle, this.courseLanguage, this.completedOn, certified
				? new TrainingRequest.CertificationRequest(this.certLanguage, this.certLevel, this.certReference)
				: null)
			.toRecord();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
