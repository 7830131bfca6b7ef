package dev.meridian;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.events.support.CompletionMode;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Modulith's JPA event publication registry, with its two statements per
 * publication and listener (marking it processing, then completed, by id) written as
 * plain SQL. Modulith writes them as JPQL updates, and Hibernate translates an update
 * anew each time it runs (it caches the plans of queries, not of updates): measured in
 * issue 11, the two took about a quarter of the listeners' CPU, six publications per new
 * ticket. Everything else is Modulith's own repository; with another completion mode than
 * {@code update}, completing is too.
 */
@Component
@Primary
@Transactional
class PreparedEventPublications implements EventPublicationRepository {

	private final EventPublicationRepository jpa;

	private final JdbcTemplate jdbc;

	private final boolean updateOnCompletion;

	PreparedEventPublications(@Qualifier("jpaEventPublicationRepository") EventPublicationRepository jpa,
			JdbcTemplate jdbc, Environment environment) {
		this.jpa = jpa;
		this.jdbc = jdbc;
		this.updateOnCompletion = CompletionMode.from(environment) == CompletionMode.UPDATE;
	}

	@Override
	public TargetEventPublication create(TargetEventPublication publication) {
		return this.jpa.create(publication);
	}

	/** As Modulith's: a publication already processing is left as it is. */
	@Override
	public void markProcessing(UUID identifier) {
		String processing = EventPublication.Status.PROCESSING.name();
		this.jdbc.update("update event_publication set status = ? where id = ? and status <> ?", processing, identifier,
				processing);
	}

	@Override
	public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
		this.jpa.markCompleted(event, identifier, completionDate);
	}

	@Override
	public void markCompleted(UUID identifier, Instant completionDate) {
		if (!this.updateOnCompletion) {
			this.jpa.markCompleted(identifier, completionDate);
			return;
		}
		this.jdbc.update("update event_publication set status = ?, completion_date = ? where id = ?",
				EventPublication.Status.COMPLETED.name(), completionDate.atOffset(ZoneOffset.UTC), identifier);
	}

	@Override
	public void markFailed(UUID identifier) {
		this.jpa.markFailed(identifier);
	}

	@Override
	public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
		return this.jpa.markResubmitted(identifier, resubmissionDate);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TargetEventPublication> findIncompletePublications() {
		return this.jpa.findIncompletePublications();
	}

	@Override
	@Transactional(readOnly = true)
	public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
		return this.jpa.findIncompletePublicationsPublishedBefore(instant);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
			PublicationTargetIdentifier targetIdentifier) {
		return this.jpa.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
	}

	@Override
	public List<TargetEventPublication> findCompletedPublications() {
		return this.jpa.findCompletedPublications();
	}

	@Override
	public void deletePublications(List<UUID> identifiers) {
		this.jpa.deletePublications(identifiers);
	}

	@Override
	public void deleteCompletedPublications() {
		this.jpa.deleteCompletedPublications();
	}

	@Override
	public void deleteCompletedPublicationsBefore(Instant instant) {
		this.jpa.deleteCompletedPublicationsBefore(instant);
	}

	@Override
	public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
		return this.jpa.findFailedPublications(criteria);
	}

	@Override
	public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
		return this.jpa.findByStatus(status);
	}

	@Override
	public int countByStatus(EventPublication.Status status) {
		return this.jpa.countByStatus(status);
	}

}
