package dev.meridian.channels.chat.offline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.web.LinkToken;
import dev.meridian.web.PublicAddress;
import dev.meridian.EmailAddresses;
import dev.meridian.channels.chat.ChatFloodException;
import dev.meridian.channels.chat.ChatMailRequested;
import dev.meridian.channels.chat.ChatManagement;
import dev.meridian.channels.chat.ChatTexts;
import dev.meridian.channels.chat.ChatVisitor;
import dev.meridian.channels.chat.VisitorTime;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.CustomerProfile;
import dev.meridian.customers.EmailAlreadyUsedException;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A visitor leaves an address so the conversation goes on by email, in the same ticket.
 * An address typed in a widget proves nothing, so: when no customer has it, it becomes
 * the visitor's own customer's (they are the only one claiming it) and replies are mailed
 * to it; when another customer has it, its owner gets a link, and the chat joins that
 * customer only when the link is followed. Nobody reads another customer's conversations
 * by typing their address.
 */
@Service
public class EmailContinuation {

	/** What became of the address. */
	public enum Outcome {

		/** Replies go to it from now on. */
		ATTACHED,
		/** It belongs to someone else: a link was mailed to it. */
		CONFIRMATION_SENT,
		/** The visitor's customer has it already, or the shop vouched for the visitor. */
		ALREADY

	}

	public enum Confirmation {

		CONFIRMED, ALREADY_CONFIRMED, EXPIRED, UNKNOWN

	}

	private final ChatManagement chats;

	private final CustomerManagement customers;

	private final TicketManagement tickets;

	private final ChatEmailConfirmations confirmations;

	private final ChatTexts texts;

	private final OfflineSettings settings;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final PublicAddress publicAddress;

	private final Clock clock;

	EmailContinuation(ChatManagement chats, CustomerManagement customers, TicketManagement tickets,
			ChatEmailConfirmations confirmations, ChatTexts texts, OfflineSettings settings,
			TransactionTemplate transaction, ApplicationEventPublisher events, PublicAddress publicAddress,
			Clock clock) {
		this.chats = chats;
		this.customers = customers;
		this.tickets = tickets;
		this.confirmations = confirmations;
		this.texts = texts;
		this.settings = settings;
		this.transaction = transaction;
		this.events = events;
		this.publicAddress = publicAddress;
		this.clock = clock;
	}

	/**
	 * Takes the address the visitor typed.
	 * @throws dev.meridian.channels.chat.VisitorNotRecognizedException without the
	 * conversation's valid token
	 * @throws ChatFloodException when the conversation asked for too many confirmations
	 */
	public Outcome leave(UUID conversation, @Nullable String token, String email) {
		ChatVisitor visitor = this.chats.visitor(conversation, token);
		return take(visitor, EmailAddresses.normalize("email", email));
	}

	/** The same, for an address given when the conversation opened (pre-chat form). */
	public Outcome take(ChatVisitor visitor, String address) {
		this.chats.rememberEmail(visitor.conversation(), address);
		Customer own = this.customers.get(visitor.customer());
		if (visitor.identified() || own.emails().stream().anyMatch(address::equalsIgnoreCase)) {
			// A customer the shop vouched for is answered at the address it vouched for.
			return Outcome.ALREADY;
		}
		if (this.customers.findByEmail(address).isEmpty()) {
			try {
				this.transaction.executeWithoutResult(status -> attach(visitor, own, address));
				return Outcome.ATTACHED;
			}
			catch (EmailAlreadyUsedException ex) {
				// Someone claimed it a moment ago: its owner is asked, as below.
			}
		}
		Instant now = this.clock.instant();
		if (this.confirmations.since(visitor.conversation(), now.minusSeconds(3600)) >= this.settings
			.confirmationsPerHour()) {
			throw new ChatFloodException("confirmation requests", java.time.Duration.ofHours(1));
		}
		if (this.confirmations.toAddressSince(address, now.minus(java.time.Duration.ofDays(1))) >= this.settings
			.confirmationsPerAddress()) {
			throw new ChatFloodException("confirmation requests for this address", java.time.Duration.ofHours(1));
		}
		this.transaction.executeWithoutResult(status -> askOwner(visitor, address, now));
		return Outcome.CONFIRMATION_SENT;
	}

	private void attach(ChatVisitor visitor, Customer own, String address) {
		List<String> emails = new ArrayList<>();
		emails.add(address);
		emails.addAll(own.emails());
		boolean named = own.givenName().isPresent() || own.familyName().isPresent();
		String name = named || own.displayName().isBlank() || own.emails().contains(own.displayName()) ? null
				: own.displayName();
		this.customers.update(own.id(),
				new CustomerProfile(own.givenName().orElse(null), own.familyName().orElse(null), name, emails,
						own.phones(), own.preferredLanguage(), own.locale(), own.timeZone().orElse(visitor.zone()),
						own.market().orElse(null), own.organization().orElse(null), own.formOfAddress().orElse(null),
						own.formality()));
		this.tickets.addMessage(visitor.ticket(), Author.system(), MessageDraft.note("The visitor left the address "
				+ address + ", which no other customer has: replies are mailed to it once they leave the chat."));
	}

	private void askOwner(ChatVisitor visitor, String address, Instant now) {
		String token = LinkToken.random().value();
		Instant expires = now.plus(this.settings.confirmationValidity());
		LanguageTag language = visitor.language();
		UUID id = this.confirmations.add(visitor.conversation(), visitor.ticket().value(), address,
				ChatTexts.languageFor(language), new LinkToken(token).sha256(), expires, now);
		String link = baseUrl() + "/chat/confirm?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&locale="
				+ ChatTexts.languageFor(language);
		this.events.publishEvent(new ChatMailRequested(visitor.ticket(), "chat-confirm." + id, address, language,
				this.texts.text(language, "chat.mail.confirm.subject"), this.texts.text(language,
						"chat.mail.confirm.body", link, VisitorTime.dateTime(expires, language, visitor.zone()))));
		this.tickets.addMessage(visitor.ticket(), Author.system(),
				MessageDraft.note("The visitor left the address " + address
						+ ", which belongs to another customer: its owner was mailed a link, and the chat joins"
						+ " that customer only when it is followed. Until then replies are not mailed to it."));
	}

	/** Joins the chat to the owner of the address this token confirms. */
	public Confirmation confirm(String token) {
		Confirmation result = this.transaction.execute(status -> {
			Optional<ChatEmailConfirmations.Pending> found = this.confirmations
				.findForUpdate(new LinkToken(token).sha256());
			if (found.isEmpty()) {
				return Confirmation.UNKNOWN;
			}
			ChatEmailConfirmations.Pending pending = found.get();
			if (pending.confirmed()) {
				return Confirmation.ALREADY_CONFIRMED;
			}
			Instant now = this.clock.instant();
			if (!now.isBefore(pending.expiresAt())) {
				return Confirmation.EXPIRED;
			}
			Customer owner = this.customers.findOrCreate(new CustomerProfile(null, null, null, List.of(pending.email()),
					List.of(), null, null, null, null, null));
			this.tickets.attachToCustomer(new TicketId(pending.ticket()), owner.id(), "unverified");
			this.chats.joinCustomer(pending.conversation(), owner.id());
			this.confirmations.confirmed(pending.id(), now);
			return Confirmation.CONFIRMED;
		});
		return result == null ? Confirmation.UNKNOWN : result;
	}

	private String baseUrl() {
		return this.publicAddress.base(this.settings.publicUrl());
	}

}
