package dev.meridian.tickets.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.Keyset;
import dev.meridian.agents.Actor;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.TeamId;
import dev.meridian.agents.Callers;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Attachment;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.OpenedTicket;
import dev.meridian.tickets.MessageId;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketIntake;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.TicketPage;
import dev.meridian.tickets.TicketQuery;
import dev.meridian.tickets.TicketSort;
import dev.meridian.tickets.Visibility;
import dev.meridian.web.EnumValues;
import dev.meridian.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tickets and their conversations.
 */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets")
class TicketController {

	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

	private final TicketIntake intake;

	private final TicketManagement tickets;

	private final TicketResponses responses;

	private final AgentManagement agents;

	private final CustomerManagement customers;

	private final AttachmentDownloads downloads;

	private final int maxPageSize;

	TicketController(TicketIntake intake, TicketManagement tickets, TicketResponses responses, AgentManagement agents,
			CustomerManagement customers, AttachmentDownloads downloads, dev.meridian.web.api.ApiSettings settings) {
		this.intake = intake;
		this.downloads = downloads;
		this.tickets = tickets;
		this.responses = responses;
		this.agents = agents;
		this.customers = customers;
		this.maxPageSize = settings.maxPageSize();
	}

	@PostMapping
	@Operation(summary = "Open a ticket", description = "The customer is found by email or created. "
			+ "Send an Idempotency-Key header to make retries safe.")
	ResponseEntity<TicketResponse> create(@Valid @RequestBody CreateTicketRequest request,
			@Parameter(description = "Makes the request safe to retry") @RequestHeader(name = "Idempotency-Key",
					required = false) @Nullable String idempotencyKey) {
		OpenedTicket opened = this.intake.open(request.toIncoming(), Callers.current());
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + opened.ticket().id()))
			.body(this.responses.of(opened.ticket(), opened.customer()));
	}

	@GetMapping("/{id}")
	TicketResponse get(@PathVariable UUID id) {
		return this.responses.of(this.tickets.get(new TicketId(id)));
	}

	@PatchMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	@Operation(summary = "Change status, priority, assignee, team or tags",
			description = "A JSON merge patch: absent fields stay, null clears assignee or team.")
	TicketResponse update(@PathVariable UUID id, @RequestBody Map<String, Object> patch) {
		Actor actor = Callers.current();
		return this.responses.of(this.tickets.update(new TicketId(id), TicketPatch.read(patch, this.agents), actor));
	}

	@GetMapping
	@Operation(summary = "List tickets, most recently updated first or earliest SLA due time first",
			description = "assignee takes an agent id, 'me' or 'none'; status may be repeated or comma-separated; "
					+ "sort is 'updated' (default) or 'due' (earliest running due time first, tickets without one "
					+ "last). A cursor belongs to the sort it came from.")
	PageResponse<TicketResponse> list(@RequestParam(required = false) @Nullable List<String> status,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable UUID team,
			@RequestParam(required = false) @Nullable String market,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable UUID customer,
			@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String updatedSince,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(defaultValue = "updated") String sort) {
		TicketSort order = EnumValues.parse("sort", sort, TicketSort.class);
		Set<Status> statuses = EnumSet.noneOf(Status.class);
		if (status != null) {
			status.stream()
				.flatMap(s -> java.util.Arrays.stream(s.split(",")))
				.filter(s -> !s.isBlank())
				.forEach(s -> statuses.add(EnumValues.parse("status", s, Status.class)));
		}
		AgentId assigneeId = null;
		boolean unassigned = false;
		if ("none".equalsIgnoreCase(assignee)) {
			unassigned = true;
		}
		else if ("me".equalsIgnoreCase(assignee)) {
			assigneeId = Callers.current()
				.agentId()
				.orElseThrow(() -> new InvalidValueException("assignee", "This token belongs to no agent"));
		}
		else if (assignee != null) {
			assigneeId = new AgentId(parseUuid("assignee", assignee));
		}
		TicketQuery query = new TicketQuery(statuses, assigneeId, unassigned, team == null ? null : new TeamId(team),
				market == null ? null : CountryCode.parse("market", market),
				language == null ? null : LanguageTag.parse("language", language),
				customer == null ? null : new CustomerId(customer), tag == null ? null : tag.strip().toLowerCase(),
				updatedSince == null ? null : parseInstant("updatedSince", updatedSince));
		if (limit < 1 || limit > this.maxPageSize) {
			throw new InvalidValueException("limit", "limit must be between 1 and " + this.maxPageSize);
		}
		TicketPage page = this.tickets.list(query, order, cursor == null ? null : Keyset.decode(cursor), limit);
		return new PageResponse<>(this.responses.of(page.tickets()), page.next() == null ? null : page.next().encode());
	}

	@PostMapping("/{id}/messages")
	@Operation(summary = "Add a message",
			description = "from: 'agent' (default; a reply, or with visibility 'internal' a note) or 'customer'.")
	ResponseEntity<MessageResponse> addMessage(@PathVariable UUID id, @Valid @RequestBody NewMessageRequest request) {
		Actor actor = Callers.current();
		TicketId ticketId = new TicketId(id);
		Author author;
		if ("customer".equalsIgnoreCase(request.from())) {
			author = Author.customer(this.tickets.get(ticketId).customer());
		}
		else if (request.from() == null || "agent".equalsIgnoreCase(request.from())) {
			author = actor.agentId().map(Author::agent).orElse(Author.system());
		}
		else {
			throw new InvalidValueException("from", "'" + request.from() + "' is not one of agent, customer");
		}
		Visibility visibility = request.visibility() == null ? Visibility.PUBLIC
				: EnumValues.parse("visibility", request.visibility(), Visibility.class);
		Message message = this.tickets.addMessage(ticketId, author, request.message().toDraft(visibility, "message"));
		List<Attachment> attachments = this.tickets.attachments(List.of(message.id()))
			.getOrDefault(message.id(), List.of());
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/messages/" + message.id()))
			.body(MessageResponse.of(message, authorName(message), attachments));
	}

	@GetMapping("/{id}/messages")
	PageResponse<MessageResponse> messages(@PathVariable UUID id) {
		List<Message> messages = this.tickets.messages(new TicketId(id));
		Map<MessageId, List<Attachment>> attachments = this.tickets
			.attachments(messages.stream().map(Message::id).toList());
		Map<UUID, String> authorNames = authorNames(messages);
		return PageResponse.of(messages.stream()
			.map(m -> MessageResponse.of(m, m.author().id() == null ? null : authorNames.get(m.author().id()),
					attachments.getOrDefault(m.id(), List.of())))
			.toList());
	}

	/**
	 * The names of a conversation's authors, one query per kind of author, not per
	 * message.
	 */
	private Map<UUID, String> authorNames(List<Message> messages) {
		Map<UUID, String> names = new java.util.HashMap<>();
		this.agents.findAll(messages.stream().flatMap(m -> m.author().agent().stream()).toList())
			.forEach((id, agent) -> names.put(id.value(), agent.displayName()));
		this.customers
			.findAll(messages.stream()
				.filter(m -> m.author().type() == Author.Type.CUSTOMER && m.author().id() != null)
				.map(m -> new CustomerId(m.author().id()))
				.toList())
			.forEach((id, customer) -> names.put(id.value(), customer.displayName()));
		return names;
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId)
			throws IOException {
		return this.downloads.download(new TicketId(id), attachmentId);
	}

	private @Nullable String authorName(Message message) {
		UUID authorId = message.author().id();
		if (authorId == null) {
			return null;
		}
		return switch (message.author().type()) {
			case AGENT -> this.agents.find(new AgentId(authorId)).map(Agent::displayName).orElse(null);
			case CUSTOMER -> this.customers.find(new CustomerId(authorId)).map(c -> c.displayName()).orElse(null);
			case SYSTEM, BOT -> null;
		};
	}

	private static UUID parseUuid(String field, String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not an id, 'me' or 'none'");
		}
	}

	private static Instant parseInstant(String field, String value) {
		try {
			Instant instant = Instant.parse(value);
			// Beyond these years PostgreSQL cannot compare it with a timestamp.
			if (!instant.isBefore(EARLIEST) && !instant.isAfter(LATEST)) {
				return instant;
			}
		}
		catch (DateTimeParseException ex) {
			// answered below
		}
		throw new InvalidValueException(field,
				"'" + value + "' is not an ISO-8601 instant between the years 1 and 9999 (2026-05-01T09:00:00Z)");
	}

}
