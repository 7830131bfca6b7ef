package dev.meridian.tickets.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.agents.Actor;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Callers;
import dev.meridian.language.ReplyFrame;
import dev.meridian.language.Translated;
import dev.meridian.language.Translation;
import dev.meridian.language.TranslationUnavailableException;
import dev.meridian.language.UnsupportedLanguagePairException;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.ReplyDrafts;
import dev.meridian.tickets.ReplyTranslation;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.web.EnumValues;
import dev.meridian.web.api.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Conversations across languages through the API: a customer's message as translated for
 * agents (made after the message was stored), and replies written in the agent's language
 * and sent in the customer's.
 */
@RestController
@RequestMapping("/api/v1/tickets/{id}")
@Tag(name = "Tickets")
class TicketTranslationController {

	record TranslatedReplyRequest(@Nullable String body, @Nullable String writtenIn) {
	}

	/**
	 * @param state {@code ready}, {@code pending} (the engine could not answer; retried
	 * automatically), {@code missing} (not translated yet) or {@code not-needed}
	 */
	record MessageTranslationResponse(String state, String from, String to, @Nullable String text,
			@Nullable String engine, @Nullable Boolean fromMemory, @Nullable String pivot, @Nullable Boolean corrected,
			@Nullable String reason, @Nullable Instant nextAttemptAt) {
	}

	/**
	 * @param formality the formality the lines are in: the customer's, else their
	 * culture's
	 * @param body the greeting, room for the reply, and the closing
	 */
	record ReplyDraftResponse(String language, String formality, String greeting, String closing, String body) {
	}

	private final TicketManagement tickets;

	private final Translation translation;

	private final ReplyTranslation replies;

	private final AgentManagement agents;

	private final ReplyDrafts drafts;

	TicketTranslationController(TicketManagement tickets, Translation translation, ReplyTranslation replies,
			AgentManagement agents, ReplyDrafts drafts) {
		this.drafts = drafts;
		this.tickets = tickets;
		this.translation = translation;
		this.replies = replies;
		this.agents = agents;
	}

	@GetMapping("/messages/{messageId}/translation")
	@Operation(summary = "A message's translation, as stored",
			description = "Never calls an engine: inbound messages are translated after they are stored, for the "
					+ "agents who will read them.")
	MessageTranslationResponse translation(@PathVariable UUID id, @PathVariable UUID messageId,
			@RequestParam String to) {
		Message message = message(new TicketId(id), messageId);
		LanguageTag target = LanguageTag.parse("to", to);
		String from = message.language().value();
		if (message.language().isUndetermined() || message.language().language().equals(target.language())) {
			return new MessageTranslationResponse("not-needed", from, target.value(), null, null, null, null, null,
					null, null);
		}
		Translated translated = this.translation.remembered(message.text(), message.language(), target).orElse(null);
		if (translated != null) {
			return new MessageTranslationResponse("ready", from, target.value(), translated.text(), translated.engine(),
					true, translated.pivot() == null ? null : translated.pivot().value(), translated.corrected(), null,
					null);
		}
		return this.translation.pending(message.text(), message.language(), target)
			.map(p -> new MessageTranslationResponse("pending", from, target.value(), null, null, null, null, null,
					p.lastError(), p.nextAttemptAt()))
			.orElse(new MessageTranslationResponse("missing", from, target.value(), null, null, null, null, null, null,
					null));
	}

	@GetMapping("/reply-draft")
	@Operation(summary = "How a reply to the ticket's customer starts and ends",
			description = "The greeting and closing of the customer's cultural profile in the ticket's language, in "
					+ "the customer's formality (else their culture's), with their form of address and their name in "
					+ "their order and script: 'Sehr geehrte Frau Schmidt,' / 'Hallo Anna,', '田中様'. 404 when no "
					+ "cultural profile knows the language.")
	ReplyDraftResponse replyDraft(@PathVariable UUID id) {
		TicketId ticket = new TicketId(id);
		ReplyFrame frame = this.drafts.frame(ticket)
			.orElseThrow(() -> new NotFoundException("Cultural profile for the language of ticket", id));
		return new ReplyDraftResponse(frame.language().value(), EnumValues.write(frame.formality()), frame.greeting(),
				frame.closing(), frame.draft());
	}

	@PostMapping("/replies/translated")
	@Operation(summary = "Reply in the agent's language, sent translated into the customer's",
			description = "writtenIn defaults to the agent's language. The customer gets the translation and a line "
					+ "saying it was machine-translated; the message keeps both texts (original). 422 when no engine "
					+ "translates the pair, 503 when the engine cannot answer now: nothing is sent.")
	ResponseEntity<MessageResponse> replyTranslated(@PathVariable UUID id,
			@RequestBody TranslatedReplyRequest request) {
		if (request.body() == null || request.body().isBlank()) {
			throw new InvalidValueException("body", "The reply is empty");
		}
		Actor actor = Callers.current();
		LanguageTag written;
		if (request.writtenIn() != null && !request.writtenIn().isBlank()) {
			written = LanguageTag.parse("writtenIn", request.writtenIn());
		}
		else {
			written = actor.agentId()
				.flatMap(this.agents::find)
				.map(dev.meridian.tickets.ReadingLanguages::of)
				.orElseThrow(() -> new InvalidValueException("writtenIn",
						"Say which language the reply is written in: this token belongs to no agent"));
		}
		Message message = this.replies.reply(new TicketId(id),
				actor.agentId().map(Author::agent).orElse(Author.system()), request.body(), written);
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/messages/" + message.id()))
			.body(MessageResponse.of(message, null, List.of()));
	}

	@ExceptionHandler(UnsupportedLanguagePairException.class)
	ResponseEntity<ProblemDetail> unsupported(UnsupportedLanguagePairException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.type(), "Unsupported language pair",
				ex.getMessage());
		problem.setProperty("from", ex.pair().from().value());
		problem.setProperty("to", ex.pair().to().value());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	@ExceptionHandler(TranslationUnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(TranslationUnavailableException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ex.type(), "Translation unavailable",
				ex.getMessage() + "; nothing was sent");
		problem.setProperty("engine", ex.engine());
		long seconds = ex.retryAfter() == null ? 30 : Math.max(1, ex.retryAfter().toSeconds());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(problem);
	}

	private Message message(TicketId ticket, UUID messageId) {
		return this.tickets.messages(ticket)
			.stream()
			.filter(m -> m.id().value().equals(messageId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Message", messageId));
	}

}
