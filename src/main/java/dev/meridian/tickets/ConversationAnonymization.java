package dev.meridian.tickets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.meridian.language.Translation;
import dev.meridian.privacy.DataSubject;
import dev.meridian.tickets.internal.AttachmentStore;
import dev.meridian.tickets.internal.Attachments;
import dev.meridian.tickets.internal.Messages;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes the customer out of tickets, for an erasure and for retention alike: the ticket
 * and message rows stay (counts, durations, languages and ratings stay right), the
 * customer's words, name and addresses go, attachments go (their files once no other
 * attachment shares the bytes), and the translation memory forgets every text of the
 * conversation. Runs in the caller's transaction.
 */
@Component
class ConversationAnonymization {

	private final Messages messages;

	private final Attachments attachments;

	private final AttachmentStore store;

	private final Translation translation;

	ConversationAnonymization(Messages messages, Attachments attachments, AttachmentStore store,
			Translation translation) {
		this.messages = messages;
		this.attachments = attachments;
		this.store = store;
		this.translation = translation;
	}

	/** What an anonymization did. */
	record Outcome(int tickets, int messages, int attachments, int translationMemory) {
	}

	Outcome anonymize(Collection<Ticket> tickets, DataSubject customer) {
		int ticketCount = 0;
		int messageCount = 0;
		Set<String> texts = new LinkedHashSet<>();
		List<Attachment> removed = new ArrayList<>();
		for (Ticket ticket : tickets) {
			if (!ticket.subject().equals(DataSubject.ERASED)) {
				texts.add(ticket.subject());
				ticket.eraseSubject();
				ticketCount++;
			}
			List<Message> conversation = this.messages.findByTicket(ticket.id().value());
			for (Message message : conversation) {
				texts.add(message.text());
				message.original().ifPresent(original -> texts.add(original.text()));
				message.envelope().map(MessageDraft.Envelope::subject).ifPresent(texts::add);
				String before = message.text();
				message.erase(customer);
				if (!before.equals(message.text())) {
					messageCount++;
				}
			}
			removed.addAll(this.attachments.findByMessages(conversation.stream().map(m -> m.id().value()).toList()));
		}
		deleteAttachments(removed);
		texts.remove(DataSubject.ERASED);
		int memory = this.translation.forget(texts, customer.identifiers());
		return new Outcome(ticketCount, messageCount, removed.size(), memory);
	}

	/** Deletes the attachments' rows now and their files once the transaction commits. */
	void deleteAttachments(List<Attachment> removed) {
		this.attachments.deleteAll(removed);
		this.attachments.flush();
		Set<String> files = new LinkedHashSet<>();
		for (Attachment attachment : removed) {
			if (this.attachments.countBySha256(attachment.sha256()) == 0) {
				files.add(attachment.sha256());
			}
		}
		if (files.isEmpty()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				files.forEach(ConversationAnonymization.this.store::delete);
			}
		});
	}

}
