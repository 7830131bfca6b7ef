package dev.meridian.tickets.reviews.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.Actor;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Callers;
import dev.meridian.agents.NotAllowedException;
import dev.meridian.agents.Role;
import dev.meridian.agents.Scope;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.TimeZones;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.reviews.Review;
import dev.meridian.tickets.reviews.ReviewGrouping;
import dev.meridian.tickets.reviews.ReviewManagement;
import dev.meridian.tickets.reviews.ReviewWeek;
import dev.meridian.web.Languages;
import dev.meridian.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Conversation reviews: supervisors score solved conversations and read the weekly sample
 * and the averages; an agent reads the reviews of their own conversations, each comment
 * also in their language.
 */
@RestController
@Tag(name = "Conversation reviews")
class ReviewApiController {

	private final ReviewManagement reviews;

	private final AgentManagement agents;

	private final Languages languages;

	private final Times times;

	private final Clock clock;

	ReviewApiController(ReviewManagement reviews, AgentManagement agents, Languages languages, Times times,
			Clock clock) {
		this.reviews = reviews;
		this.agents = agents;
		this.languages = languages;
		this.times = times;
		this.clock = clock;
	}

	@PostMapping("/api/v1/tickets/{id}/reviews")
	@Operation(summary = "Review a solved conversation (supervisors)",
			description = "Scores from 1 to 5 on each criterion of the rubric, and a comment whose language is "
					+ "detected when commentLanguage is missing. The agent reviewed is who sent the last public "
					+ "reply, else the assignee. 409 when the ticket is not solved or closed.")
	ResponseEntity<ReviewJson.Item> create(@PathVariable UUID id,
			@Valid @RequestBody ReviewJson.CreateRequest request) {
		Callers.require(Scope.TICKETS_WRITE, Role.SUPERVISOR, "Reviewing conversations");
		Review review = this.reviews.review(new TicketId(id), request.scores().read(), request.comment(),
				request.language(), Callers.current());
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/reviews/" + review.id()))
			.body(ReviewJson.Item.of(review, names(), java.util.Optional.empty()));
	}

	@GetMapping("/api/v1/tickets/{id}/reviews")
	@Operation(summary = "A conversation's reviews",
			description = "Supervisors read all; an agent, those of their own replies. Comments also in the "
					+ "reader's language (`language`, else their workspace language).")
	ReviewJson.Items ofTicket(@PathVariable UUID id, @RequestParam(required = false) @Nullable String language) {
		Actor actor = Callers.current();
		LanguageTag reader = readerLanguage(actor, language);
		List<Review> found = this.reviews.ofTicket(new TicketId(id))
			.stream()
			.filter(r -> actor.is(Role.SUPERVISOR) || r.agent().equals(actor.agent()))
			.toList();
		return items(found, reader);
	}

	@GetMapping("/api/v1/reviews")
	@Operation(summary = "An agent's reviews, newest first",
			description = "Without agentId, the caller's own. An agent reads only their own; supervisors anyone's. "
					+ "Each comment as written (comment, commentLanguage) and in the reader's language "
					+ "(commentTranslated, translatedLanguage).")
	ReviewJson.Items ofAgent(@RequestParam(required = false) @Nullable String agentId,
			@RequestParam(required = false) @Nullable String language) {
		Actor actor = Callers.current();
		AgentId agent;
		if (agentId == null || agentId.isBlank()) {
			agent = actor.agentId()
				.orElseThrow(() -> new InvalidValueException("agentId", "A token of no agent names the agent"));
		}
		else {
			agent = new AgentId(uuid("agentId", agentId));
		}
		if (!actor.is(Role.SUPERVISOR) && !agent.equals(actor.agent())) {
			throw new NotAllowedException("An agent reads only their own reviews");
		}
		return items(this.reviews.ofAgent(agent), readerLanguage(actor, language));
	}

	@GetMapping("/api/v1/reviews/sample")
	@Operation(summary = "The week's sample of conversations to review (supervisors)",
			description = "Per agent, conversations solved in the ISO week (e.g. 2026-W49, Monday to Sunday in "
					+ "`zone`, else the caller's zone; default this week), drawn at random but the same for the "
					+ "same week, without those already reviewed. meridian.reviews.sample-per-agent sets how many.")
	ReviewJson.Sample sample(@RequestParam(required = false) @Nullable String week,
			@RequestParam(required = false) @Nullable String zone) {
		Callers.require(Scope.TICKETS_READ, Role.SUPERVISOR, "Reading the review sample");
		ZoneId in = zone(zone);
		ReviewWeek wanted = week == null || week.isBlank() ? ReviewWeek.of(LocalDate.now(this.clock.withZone(in)))
				: ReviewWeek.parse("week", week);
		ReviewManagement.Sample sample = this.reviews.sample(wanted, in);
		Map<AgentId, String> names = names();
		List<ReviewJson.AgentSample> agents = sample.byAgent()
			.entrySet()
			.stream()
			.map(e -> new ReviewJson.AgentSample(e.getKey().value(), names.get(e.getKey()),
					e.getValue()
						.stream()
						.map(t -> new ReviewJson.Proposal(t.id().value(), t.number(), t.subject(), t.language().value(),
								t.market().map(m -> m.value()).orElse(null), t.solvedAt().orElse(null)))
						.toList()))
			.toList();
		return new ReviewJson.Sample(wanted.toString(), in.getId(), wanted.start(in), wanted.end(in), sample.size(),
				agents);
	}

	@GetMapping("/api/v1/reports/reviews")
	@Operation(summary = "Review averages per agent, language or market (supervisors)",
			description = "Over the days from to to (both included, default the last 30) in `zone`, by when the "
					+ "review was written: per group the number of reviews, the mean of each criterion and the "
					+ "overall mean.")
	ReviewJson.Report report(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String groupBy,
			@RequestParam(required = false) @Nullable String zone) {
		ZoneId in = zone(zone);
		LocalDate end = to == null || to.isBlank() ? LocalDate.now(this.clock.withZone(in)) : date("to", to);
		LocalDate start = from == null || from.isBlank() ? end.minusDays(29) : date("from", from);
		if (java.time.temporal.ChronoUnit.DAYS.between(start, end) >= 366) {
			throw new InvalidValueException("from", "A report covers at most 366 days");
		}
		ReviewGrouping by = groupBy == null || groupBy.isBlank() ? ReviewGrouping.AGENT
				: ReviewGrouping.parse("groupBy", groupBy);
		Map<AgentId, String> names = by == ReviewGrouping.AGENT ? names() : Map.of();
		List<ReviewJson.AverageRow> rows = this.reviews.averages(by, start, end, in)
			.stream()
			.map(row -> ReviewJson.AverageRow.of(row, label(by, row.key(), names)))
			.toList();
		return new ReviewJson.Report(start.toString(), end.toString(), in.getId(), by.key(), rows);
	}

	private String label(ReviewGrouping by, String key, Map<AgentId, String> names) {
		if ("none".equals(key)) {
			return key;
		}
		return switch (by) {
			case AGENT -> names.getOrDefault(new AgentId(UUID.fromString(key)), key);
			case LANGUAGE -> this.languages.name(key);
			case MARKET -> this.languages.country(key);
		};
	}

	private ReviewJson.Items items(List<Review> found, LanguageTag reader) {
		Map<AgentId, String> names = names();
		return new ReviewJson.Items(
				found.stream().map(r -> ReviewJson.Item.of(r, names, this.reviews.commentIn(r, reader))).toList());
	}

	private LanguageTag readerLanguage(Actor actor, @Nullable String language) {
		if (language != null && !language.isBlank()) {
			return LanguageTag.parse("language", language);
		}
		return actor.agentId().flatMap(this.agents::find).map(Agent::uiLanguage).orElse(LanguageTag.UNDETERMINED);
	}

	private ZoneId zone(@Nullable String zone) {
		if (zone != null && !zone.isBlank()) {
			return TimeZones.parse("zone", zone);
		}
		return Callers.current()
			.agentId()
			.flatMap(this.agents::find)
			.map(Agent::timeZone)
			.orElseGet(this.times::viewerZone);
	}

	private Map<AgentId, String> names() {
		Map<AgentId, String> names = new HashMap<>();
		this.agents.all().forEach(a -> names.put(a.id(), a.displayName()));
		return names;
	}

	private static LocalDate date(String field, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field, field + " is a date like 2026-12-06, not '" + value + "'");
		}
	}

	private static UUID uuid(String field, String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(field, field + " must be an id, not '" + value + "'");
		}
	}

}
