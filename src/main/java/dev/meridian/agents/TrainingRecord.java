package dev.meridian.agents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.markets.LanguageTag;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A course an agent completed, and the language certification it led to, if any. A
 * certification starts {@link CertificationStatus#PENDING} and is reviewed once.
 */
@Entity
@Table(name = "agent_training")
public class TrainingRecord {

	@Id
	private UUID id;

	private UUID agentId;

	private String courseTitle;

	private String courseLanguage;

	private LocalDate completedOn;

	private @Nullable String certLanguage;

	@Enumerated(EnumType.STRING)
	private @Nullable Proficiency certLevel;

	private @Nullable String certReference;

	@Enumerated(EnumType.STRING)
	private @Nullable CertificationStatus certStatus;

	private @Nullable UUID reviewedBy;

	private @Nullable Instant reviewedAt;

	private @Nullable String reviewNote;

	private @Nullable UUID recordedBy;

	private Instant createdAt;

	@Version
	private @Nullable Long version;

	protected TrainingRecord() {
	}

	TrainingRecord(AgentId agent, NewTrainingRecord record, @Nullable AgentId recordedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.agentId = agent.value();
		this.courseTitle = record.courseTitle();
		this.courseLanguage = record.courseLanguage().value();
		this.completedOn = record.completedOn();
		NewTrainingRecord.Certification certification = record.certification();
		if (certification != null) {
			this.certLanguage = certification.language().value();
			this.certLevel = certification.level();
			this.certReference = certification.reference();
			this.certStatus = CertificationStatus.PENDING;
		}
		this.recordedBy = recordedBy == null ? null : recordedBy.value();
		this.createdAt = now;
	}

	/**
	 * Records the review of the certification.
	 * @throws CertificationReviewedException if there is none or it was reviewed already
	 */
	void review(boolean approve, @Nullable String note, @Nullable AgentId reviewer, Instant now) {
		if (this.certStatus == null) {
			throw new CertificationReviewedException("Training record " + this.id + " has no certification to review");
		}
		if (this.certStatus != CertificationStatus.PENDING) {
			throw new CertificationReviewedException("The certification of training record " + this.id + " was already "
					+ this.certStatus.name().toLowerCase(java.util.Locale.ROOT));
		}
		this.certStatus = approve ? CertificationStatus.APPROVED : CertificationStatus.REJECTED;
		this.reviewNote = note == null || note.isBlank() ? null : note.strip();
		this.reviewedBy = reviewer == null ? null : reviewer.value();
		this.reviewedAt = now;
	}

	public TrainingRecordId id() {
		return new TrainingRecordId(this.id);
	}

	public AgentId agent() {
		return new AgentId(this.agentId);
	}

	public String courseTitle() {
		return this.courseTitle;
	}

	public LanguageTag courseLanguage() {
		return LanguageTag.read(this.courseLanguage);
	}

	public LocalDate completedOn() {
		return this.completedOn;
	}

	/** The certification claimed, if the course led to one. */
	public Optional<NewTrainingRecord.Certification> certification() {
		if (this.certLanguage == null || this.certLevel == null) {
			return Optional.empty();
		}
		return Optional.of(new NewTrainingRecord.Certification(LanguageTag.read(this.certLanguage), this.certLevel,
				this.certReference));
	}

	public Optional<CertificationStatus> certificationStatus() {
		return Optional.ofNullable(this.certStatus);
	}

	public boolean isPending() {
		return this.certStatus == CertificationStatus.PENDING;
	}

	public Optional<AgentId> reviewedBy() {
		return Optional.ofNullable(this.reviewedBy).map(AgentId::new);
	}

	public Optional<Instant> reviewedAt() {
		return Optional.ofNullable(this.reviewedAt);
	}

	public Optional<String> reviewNote() {
		return Optional.ofNullable(this.reviewNote);
	}

	public Optional<AgentId> recordedBy() {
		return Optional.ofNullable(this.recordedBy).map(AgentId::new);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
