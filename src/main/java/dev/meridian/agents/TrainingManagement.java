package dev.meridian.agents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.agents.internal.Agents;
import dev.meridian.agents.internal.TrainingRecords;
import dev.meridian.privacy.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents' training: courses taken and the language certifications they led to. Agents
 * record their own courses (supervisors anyone's); a certification is reviewed once by a
 * supervisor or admin who is not its holder, and an approved one raises the agent's skill
 * in that language to the certified level, which routing then uses.
 */
@Service
@Transactional
public class TrainingManagement {

	private final TrainingRecords records;

	private final Agents agents;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrainingManagement(TrainingRecords records, Agents agents, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.records = records;
		this.agents = agents;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a completed course for an agent.
	 * @throws NotAllowedException unless the actor is that agent or a supervisor
	 * @throws InvalidValueException for a course completed after today (in the agent's
	 * zone)
	 */
	public TrainingRecord record(AgentId id, NewTrainingRecord record, Actor actor) {
		Agent agent = agent(id);
		boolean self = actor.agentId().filter(id::equals).isPresent();
		if (!self && !actor.is(Role.SUPERVISOR)) {
			throw new NotAllowedException("Agents record their own training; supervisors anyone's");
		}
		Instant now = this.clock.instant();
		if (record.completedOn().isAfter(LocalDate.ofInstant(now, agent.timeZone()))) {
			throw new InvalidValueException("completedOn", "A course is recorded once it is completed, not before");
		}
		TrainingRecord saved = this.records.save(new TrainingRecord(id, record, actor.agent(), now));
		this.audit.record("agent.training-recorded", "training:" + saved.id().value());
		return saved;
	}

	/**
	 * Approves or rejects a record's certification. Approval raises the agent's skill in
	 * the certified language to the certified level (never lowers it).
	 * @throws NotAllowedException unless the actor is a supervisor or admin other than
	 * the certificate's holder
	 * @throws CertificationReviewedException if there is no certification or it was
	 * reviewed already
	 */
	public TrainingRecord review(AgentId id, TrainingRecordId recordId, boolean approve, @Nullable String note,
			Actor actor) {
		if (!actor.is(Role.SUPERVISOR)) {
			throw new NotAllowedException("Reviewing a certification needs the role supervisor");
		}
		if (actor.agentId().filter(id::equals).isPresent()) {
			throw new NotAllowedException("Nobody reviews their own certification: another supervisor does");
		}
		if (note != null && note.length() > 2000) {
			throw new InvalidValueException("note", "A note may have at most 2000 characters");
		}
		TrainingRecord record = get(id, recordId);
		Instant now = this.clock.instant();
		record.review(approve, note, actor.agent(), now);
		this.audit.record(approve ? "agent.certification-approved" : "agent.certification-rejected",
				"training:" + recordId.value());
		if (approve) {
			NewTrainingRecord.Certification certification = record.certification().orElseThrow();
			Agent agent = agent(id);
			if (agent.raiseSkill(certification.language(), certification.level(), now)) {
				this.audit.record("agent.skill-raised", "agent:" + id.value());
				// Languages decide who routing may pick.
				this.events.publishEvent(new AgentAvailabilityChanged(id, now));
			}
		}
		return record;
	}

	/** An agent's training, the latest course first. */
	@Transactional(readOnly = true)
	public List<TrainingRecord> records(AgentId id) {
		agent(id);
		return this.records.findByAgent(id.value());
	}

	/** Certifications waiting for review, across agents, the oldest first. */
	@Transactional(readOnly = true)
	public List<TrainingRecord> pendingCertifications() {
		return this.records.findByCertificationStatus(CertificationStatus.PENDING);
	}

	@Transactional(readOnly = true)
	public TrainingRecord get(AgentId id, TrainingRecordId recordId) {
		return this.records.findById(recordId.value())
			.filter(record -> record.agent().equals(id))
			.orElseThrow(() -> new NotFoundException("Training record", recordId));
	}

	private Agent agent(AgentId id) {
		return this.agents.findById(id.value()).orElseThrow(() -> new NotFoundException("Agent", id));
	}

}
