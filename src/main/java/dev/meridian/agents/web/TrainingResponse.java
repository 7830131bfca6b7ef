package dev.meridian.agents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.TrainingRecord;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * A training record as the API returns it.
 */
record TrainingResponse(UUID id, UUID agentId, String courseTitle, String courseLanguage, LocalDate completedOn,
		@Nullable Certification certification, @Nullable UUID recordedBy, Instant createdAt) {

	/** The certification and its review. */
	record Certification(String language, String level, @Nullable String reference, String status,
			@Nullable UUID reviewedBy, @Nullable Instant reviewedAt, @Nullable String note) {
	}

	static TrainingResponse of(TrainingRecord record) {
		Certification certification = record.certification()
			.map(c -> new Certification(c.language().value(), EnumValues.write(c.level()), c.reference(),
					EnumValues.write(record.certificationStatus().orElseThrow()),
					record.reviewedBy().map(AgentId::value).orElse(null), record.reviewedAt().orElse(null),
					record.reviewNote().orElse(null)))
			.orElse(null);
		return new TrainingResponse(record.id().value(), record.agent().value(), record.courseTitle(),
				record.courseLanguage().value(), record.completedOn(), certification,
				record.recordedBy().map(AgentId::value).orElse(null), record.createdAt());
	}

}
