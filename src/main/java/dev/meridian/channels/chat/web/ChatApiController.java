package dev.meridian.channels.chat.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.channels.chat.ChatAutomation;
import dev.meridian.channels.chat.ChatFileRefusedException;
import dev.meridian.channels.chat.ChatFiles;
import dev.meridian.channels.chat.ChatBusyException;
import dev.meridian.channels.chat.ChatFloodException;
import dev.meridian.channels.chat.ChatVisitor;
import dev.meridian.channels.chat.ChatManagement;
import dev.meridian.channels.chat.ChatMessage;
import dev.meridian.channels.chat.ChatMessageTooLongException;
import dev.meridian.channels.chat.ChatStart;
import dev.meridian.channels.chat.ChatTexts;
import dev.meridian.channels.chat.StartedChat;
import dev.meridian.channels.chat.VisitorNotRecognizedException;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.MessageId;
import dev.meridian.web.api.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The chat for visitors' browsers: open a conversation, write, read what came since. A
 * visitor proves a conversation is theirs with {@code Authorization: Visitor <token>};
 * errors a visitor may meet carry a note in their language for the widget to show.
 */
@RestController
@RequestMapping("/chat/v1/conversations")
class ChatApiController {

	private static final String VISITOR = "Visitor ";

	private final ChatManagement chats;

	private final ChatTexts texts;

	private final ChatStartChecks preChat;

	private final ChatFiles files;

	private final ChatAutomation automation;

	ChatApiController(ChatManagement chats, ChatTexts texts, ChatStartChecks preChat, ChatFiles files,
			ChatAutomation automation) {
		this.automation = automation;
		this.chats = chats;
		this.files = files;
		this.texts = texts;
		this.preChat = preChat;
	}

	@PostMapping
	ResponseEntity<ChatResponses.Started> start(@RequestBody ChatRequests.Start body, HttpServletRequest request) {
		LanguageTag locale = body.locale() != null && !body.locale().isBlank()
				? LanguageTag.parse("locale", body.locale()) : browserLanguage(request);
		PreChat preChat = this.preChat.check(body, locale);
		StartedChat started = this.chats.start(new ChatStart(preChat.language(), body.name(), body.email(), body.page(),
				body.identity() == null ? null : body.identity().signed(), preChat.market(), preChat.zone(),
				body.orderNumber()), request.getRemoteAddr());
		String email = this.preChat.continueByEmail(started, body.email());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ChatResponses.Started(started.conversation(), started.visitorToken(), started.ticket().value(),
					email));
	}

	@PostMapping("/{id}/messages")
	ResponseEntity<ChatResponses.Created> post(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestBody ChatRequests.NewMessage body) {
		Message message = this.chats.post(id, token(authorization), body.text(), body.page());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ChatResponses.Created(message.id().value(), message.createdAt()));
	}

	@GetMapping("/{id}/messages")
	ChatResponses.Messages messages(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestParam(required = false) @Nullable UUID after) {
		List<ChatResponses.Item> items = this.chats
			.messages(id, token(authorization), after == null ? null : new MessageId(after))
			.stream()
			.map(ChatResponses.Item::of)
			.toList();
		return new ChatResponses.Messages(items, this.chats.over(id));
	}

	/** A file from the visitor: a message of theirs with the file attached. */
	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ChatResponses.Item> attach(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestParam("file") MultipartFile file) throws IOException {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		ChatMessage message = this.files.send(id, token(authorization), name, file.getContentType(), file.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED).body(ChatResponses.Item.of(message));
	}

	/**
	 * A file of the conversation, for its visitor only: always a download of neutral
	 * type, never sniffed, never rendered as a page of ours.
	 */
	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID attachmentId,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization)
			throws IOException {
		ChatFiles.Download file = this.files.download(id, token(authorization), attachmentId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(file.size())
			.body(new InputStreamResource(file.content()));
	}

	@ExceptionHandler(ChatFileRefusedException.class)
	ResponseEntity<ProblemDetail> fileRefused(ChatFileRefusedException ex, HttpServletRequest request) {
		if (ex.reason() == ChatFileRefusedException.Reason.TOO_LARGE) {
			return fileTooLarge(ex.getMessage(), ex.maxBytes(), request);
		}
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.body(withNote(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type",
					"Unsupported media type", ex.getMessage()), request, "chat.error.fileType"));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return fileTooLarge("A file may have at most " + this.files.maxBytes() + " bytes", this.files.maxBytes(),
				request);
	}

	private ResponseEntity<ProblemDetail> fileTooLarge(String detail, long maxBytes, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(withNote(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "Content too large", detail),
					request, "chat.error.fileTooLarge", Math.max(1, maxBytes / (1024 * 1024))));
	}

	/**
	 * The visitor asks for a person while the bot answers: the bot hands over once (a
	 * second request changes nothing) and says when a person will answer.
	 */
	@PostMapping("/{id}/handoff")
	ResponseEntity<ChatResponses.HandedOff> handOff(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		ChatVisitor visitor = this.chats.visitor(id, token(authorization));
		this.automation.personAsked(visitor);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ChatResponses.HandedOff(true));
	}

	/** The visitor's "Was this helpful? Yes / No" under one of the bot's answers. */
	@PostMapping("/{id}/messages/{messageId}/feedback")
	ResponseEntity<Void> feedback(@PathVariable UUID id, @PathVariable UUID messageId,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestBody ChatRequests.Feedback body) {
		ChatVisitor visitor = this.chats.visitor(id, token(authorization));
		if (body.helpful() == null) {
			throw new InvalidValueException("helpful", "Say whether the answer helped: true or false");
		}
		this.automation.rated(visitor, new MessageId(messageId), body.helpful());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(VisitorNotRecognizedException.class)
	ResponseEntity<ProblemDetail> unrecognized(VisitorNotRecognizedException ex, HttpServletRequest request) {
		ProblemDetail problem = withNote(
				Problems.of(HttpStatus.UNAUTHORIZED, "visitor-not-recognized", "Unauthorized", ex.getMessage()),
				request, "chat.error.unauthorized");
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Visitor")
			.body(problem);
	}

	@ExceptionHandler(ChatMessageTooLongException.class)
	ResponseEntity<ProblemDetail> tooLong(ChatMessageTooLongException ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(withNote(
					Problems.of(HttpStatus.CONTENT_TOO_LARGE, "message-too-long", "Content too large", ex.getMessage()),
					request, "chat.error.tooLong", ex.maxChars()));
	}

	@ExceptionHandler(ChatFloodException.class)
	ResponseEntity<ProblemDetail> flood(ChatFloodException ex, HttpServletRequest request) {
		long seconds = Math.max(1, ex.retryAfter().toSeconds());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(withNote(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-messages", "Too many requests",
					ex.getMessage()), request, "chat.error.flood", seconds));
	}

	@ExceptionHandler(ChatBusyException.class)
	ResponseEntity<ProblemDetail> busy(ChatBusyException ex, HttpServletRequest request) {
		long seconds = Math.max(1, ex.retryAfter().toSeconds());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(withNote(
					Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "chat-busy", "Service unavailable", ex.getMessage()),
					request, "chat.error.busy"));
	}

	/** The note for the widget to show, in the language the browser asks for. */
	private ProblemDetail withNote(ProblemDetail problem, HttpServletRequest request, String key, Object... arguments) {
		LanguageTag language = browserLanguage(request);
		problem.setProperty("note", this.texts.text(language, key, arguments));
		problem.setProperty("noteLanguage", ChatTexts.languageFor(language));
		return problem;
	}

	private static @Nullable String token(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, VISITOR, 0, VISITOR.length())) {
			return null;
		}
		return authorization.substring(VISITOR.length()).strip();
	}

	/** The browser's first language we can name, else undetermined (never a guess). */
	static LanguageTag browserLanguage(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			return LanguageTag.UNDETERMINED;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				LanguageTag tag = LanguageTag.read(range.getRange());
				if (!tag.isUndetermined()) {
					return tag;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// A malformed header names no language.
		}
		return LanguageTag.UNDETERMINED;
	}

}
