package dev.meridian.tickets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.language.RememberedTranslation;
import dev.meridian.language.Translation;
import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;
import dev.meridian.tickets.internal.AttachmentStore;
import dev.meridian.tickets.internal.Attachments;
import dev.meridian.tickets.internal.Messages;
import dev.meridian.tickets.internal.Tickets;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A customer's tickets, messages (with their translations) and attachments in privacy
 * requests. Erasing is the {@link ConversationAnonymization} of all their tickets.
 */
@Component
class TicketPersonalData implements PersonalDataHolder {

	private final Tickets tickets;

	private final Messages messages;

	private final Attachments attachments;

	private final AttachmentStore store;

	private final Translation translation;

	private final ConversationAnonymization anonymization;

	TicketPersonalData(Tickets tickets, Messages messages, Attachments attachments, AttachmentStore store,
			Translation translation, ConversationAnonymization anonymization) {
		this.anonymization = anonymization;
		this.tickets = tickets;
		this.messages = messages;
		this.attachments = attachments;
		this.store = store;
		this.translation = translation;
	}

	@Override
	public String name() {
		return "tickets";
	}

	/** Before the email channel's sources and the customer's own row go. */
	@Override
	public int erasureOrder() {
		return 10;
	}

	record TicketItem(UUID id, long number, String subject, String channel, String status, String language,
			Instant createdAt, @Nullable Instant solvedAt, List<MessageItem> messages) {
	}

	record MessageItem(UUID id, String author, String direction, String visibility, String language, String text,
			@Nullable String originalText, @Nullable String originalLanguage, @Nullable String fromAddress,
			@Nullable String subject, Instant createdAt, List<RememberedTranslation> translations,
			List<AttachmentItem> attachments) {
	}

	record AttachmentItem(UUID id, String name, String mediaType, long size, String file) {
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		List<TicketItem> items = new ArrayList<>();
		for (Ticket ticket : this.tickets.findAllOfCustomer(subject.customerId())) {
			List<Message> conversation = this.messages.findByTicket(ticket.id().value());
			Map<MessageId, List<Attachment>> files = new LinkedHashMap<>();
			this.attachments.findByMessages(conversation.stream().map(m -> m.id().value()).toList())
				.forEach(a -> files.computeIfAbsent(a.message(), key -> new ArrayList<>()).add(a));
			List<MessageItem> messageItems = new ArrayList<>();
			for (Message message : conversation) {
				List<AttachmentItem> attached = new ArrayList<>();
				for (Attachment attachment : files.getOrDefault(message.id(), List.of())) {
					String path = "attachments/" + attachment.id() + "/" + attachment.name().replace('/', '_');
					archive.file(path, bytes(attachment));
					attached.add(new AttachmentItem(attachment.id(), attachment.name(), attachment.mediaType(),
							attachment.size(), "files/" + path));
				}
				var envelope = message.envelope();
				var original = message.original();
				messageItems.add(new MessageItem(message.id().value(), message.author().type().name().toLowerCase(),
						message.direction().name().toLowerCase(), message.visibility().name().toLowerCase(),
						message.language().value(), message.text(), original.map(OriginalText::text).orElse(null),
						original.map(o -> o.language().value()).orElse(null),
						envelope.map(MessageDraft.Envelope::fromAddress).orElse(null),
						envelope.map(MessageDraft.Envelope::subject).orElse(null), message.createdAt(),
						this.translation.rememberedTranslations(message.text()), attached));
			}
			items.add(new TicketItem(ticket.id().value(), ticket.number(), ticket.subject(),
					ticket.channel().name().toLowerCase(), ticket.status().name().toLowerCase(),
					ticket.language().value(), ticket.createdAt(), ticket.solvedAt().orElse(null), messageItems));
		}
		archive.section("tickets", items);
	}

	private byte[] bytes(Attachment attachment) {
		try (InputStream in = this.store.open(attachment.sha256())) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Attachment " + attachment.id() + " cannot be read", ex);
		}
	}

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		ConversationAnonymization.Outcome outcome = this.anonymization
			.anonymize(this.tickets.findAllOfCustomer(subject.customerId()), subject);
		this.tickets.flush();
		return Map.of("tickets", outcome.tickets(), "messages", outcome.messages(), "attachments",
				outcome.attachments(), "translationMemory", outcome.translationMemory());
	}

	/** Every event after a ticket's creation names the ticket, not the customer. */
	@Override
	public List<String> eventKeys(DataSubject subject) {
		return this.tickets.findAllOfCustomer(subject.customerId())
			.stream()
			.map(ticket -> ticket.id().value().toString())
			.toList();
	}

}
