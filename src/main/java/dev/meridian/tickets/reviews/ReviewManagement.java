package dev.meridian.tickets.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.Actor;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.NotAllowedException;
import dev.meridian.agents.Role;
import dev.meridian.language.DetectionHints;
import dev.meridian.language.LanguageDetection;
import dev.meridian.language.Translated;
import dev.meridian.language.Translation;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversation reviews: written by supervisors on solved conversations, read by the
 * reviewed agent in their language, sampled per week, averaged for reports.
 */
@Service
@Transactional
public class ReviewManagement {

	static final int MAX_COMMENT = 4000;

	private static final Logger log = LoggerFactory.getLogger(ReviewManagement.class);

	private final Reviews reviews;

	private final TicketManagement tickets;

	private final AgentManagement agents;

	private final LanguageDetection detection;

	private final Translation translation;

	private final ReviewSettings settings;

	private final Clock clock;

	ReviewManagement(Reviews reviews, TicketManagement tickets, AgentManagement agents, LanguageDetection detection,
			Translation translation, ReviewSettings settings, Clock clock) {
		this.reviews = reviews;
		this.tickets = tickets;
		this.agents = agents;
		this.detection = detection;
		this.translation = translation;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Records a supervisor's review of a solved (or closed) conversation. The agent
	 * reviewed is who sent its last public reply, else its assignee.
	 * @param commentLanguage the comment's language, or null to detect it (the reviewer's
	 * workspace language when it cannot be told)
	 */
	public Review review(TicketId id, Scores scores, @Nullable String comment, @Nullable LanguageTag commentLanguage,
			Actor reviewer) {
		if (!reviewer.is(Role.SUPERVISOR)) {
			throw new NotAllowedException("Reviewing conversations needs the role supervisor");
		}
		Ticket ticket = this.tickets.get(id);
		if (ticket.status() != Status.SOLVED && ticket.status() != Status.CLOSED) {
			throw new TicketNotSolvedException(ticket.number(),
					ticket.status().name().toLowerCase(java.util.Locale.ROOT));
		}
		AgentId agent = this.reviews.reviewedAgent(id).orElseThrow(() -> new NoAgentToReviewException(ticket.number()));
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > MAX_COMMENT) {
			throw new InvalidValueException("comment", "A comment has at most " + MAX_COMMENT + " characters");
		}
		LanguageTag language = text == null ? null : languageOf(text, commentLanguage, reviewer);
		Review review = new Review(UUID.randomUUID(), id, ticket.number(), agent, reviewer.agent(), ticket.language(),
				ticket.market().map(CountryCode::value).orElse(null), scores, text, language, this.clock.instant());
		this.reviews.insert(review);
		return review;
	}

	/** Whether any conversation was reviewed yet (the demo loads its reviews once). */
	@Transactional(readOnly = true)
	public boolean any() {
		return this.reviews.any();
	}

	@Transactional(readOnly = true)
	public List<Review> ofTicket(TicketId id) {
		this.tickets.get(id);
		return this.reviews.ofTicket(id);
	}

	/** The agent's reviews, newest first (the latest 200). */
	@Transactional(readOnly = true)
	public List<Review> ofAgent(AgentId agent) {
		this.agents.get(agent);
		return this.reviews.ofAgent(agent, 200);
	}

	/**
	 * The review's comment for a reader of {@code language}: empty when there is none,
	 * when it is in that language already, or when no engine translates it now (the
	 * reader then has the comment as written).
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public Optional<Translated> commentIn(Review review, LanguageTag language) {
		if (review.comment() == null || review.commentLanguage() == null || language.isUndetermined()
				|| review.commentLanguage().language().equals(language.language())) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.translation.translate(review.comment(), review.commentLanguage(), language));
		}
		catch (RuntimeException ex) {
			log.info("The comment of review {} could not be translated into {}: {}", review.id(), language,
					ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * The reviews' averages per group, over the days {@code from} to {@code to} (both
	 * included) in {@code zone}, counted by when the review was written.
	 */
	@Transactional(readOnly = true)
	public List<ReviewAverages> averages(ReviewGrouping by, LocalDate from, LocalDate to, ZoneId zone) {
		if (to.isBefore(from)) {
			throw new InvalidValueException("to", "to (" + to + ") is before from (" + from + ")");
		}
		return this.reviews.averages(by, from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant());
	}

	/**
	 * The week's sample: per agent, conversations solved that week (Monday to Sunday in
	 * {@code zone}) proposed for review and not reviewed yet. The first request for a
	 * week draws each agent's sample ({@link WeeklySample}) and keeps it, so it stays the
	 * same however often it is asked for.
	 */
	public Sample sample(ReviewWeek week, ZoneId zone) {
		Map<AgentId, List<TicketId>> before = this.reviews.proposed(week);
		List<WeeklySample.Candidate> candidates = this.reviews.solvedBetween(week.start(zone), week.end(zone))
			.stream()
			.filter(c -> !before.containsKey(c.agent()))
			.toList();
		Map<AgentId, List<TicketId>> proposed = before;
		if (!candidates.isEmpty()) {
			Map<AgentId, List<TicketId>> drawn = WeeklySample.draw(week, candidates,
					this.reviews.reviewedAmong(candidates.stream().map(WeeklySample.Candidate::ticket).toList()),
					this.settings.samplePerAgent());
			Instant now = this.clock.instant();
			drawn.forEach((agent, tickets) -> this.reviews.propose(week, agent, tickets, now));
			// Read back as kept, so every request lists them in the same order.
			proposed = this.reviews.proposed(week);
		}
		List<TicketId> all = proposed.values().stream().flatMap(List::stream).toList();
		var reviewed = this.reviews.reviewedAmong(all);
		Map<AgentId, List<Ticket>> open = new LinkedHashMap<>();
		proposed.forEach((agent, tickets) -> {
			List<Ticket> remaining = new ArrayList<>();
			tickets.stream()
				.filter(t -> !reviewed.contains(t))
				.forEach(t -> this.tickets.find(t).ifPresent(remaining::add));
			open.put(agent, remaining);
		});
		return new Sample(week, this.settings.samplePerAgent(), open);
	}

	private LanguageTag languageOf(String text, @Nullable LanguageTag given, Actor reviewer) {
		if (given != null && !given.isUndetermined()) {
			return given;
		}
		LanguageTag detected = this.detection.detect(text, DetectionHints.none()).language();
		if (!detected.isUndetermined()) {
			return detected;
		}
		return reviewer.agentId()
			.flatMap(this.agents::find)
			.map(a -> a.uiLanguage())
			.orElseThrow(() -> new InvalidValueException("commentLanguage",
					"The comment's language cannot be told from its text: give commentLanguage"));
	}

	/**
	 * A week's sample: per agent, the proposed conversations still to review.
	 *
	 * @param size how many conversations are proposed per agent
	 */
	public record Sample(ReviewWeek week, int size, Map<AgentId, List<Ticket>> byAgent) {
	}

}
