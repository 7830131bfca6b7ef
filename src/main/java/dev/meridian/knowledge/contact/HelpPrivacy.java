package dev.meridian.knowledge.contact;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.web.LinkToken;
import dev.meridian.web.PublicAddress;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.knowledge.HelpCenterMailRequested;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.privacy.ConsentChange;
import dev.meridian.privacy.Consents;
import dev.meridian.privacy.PrivacyRequest;
import dev.meridian.privacy.PrivacyRequests;
import dev.meridian.privacy.Purpose;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reader's privacy request from the help center: an export or erasure of their data, or
 * their consent choices. Nothing happens until the owner of the address follows the link
 * mailed to it, the same held-until-confirmed step as a contact request with a known
 * address (and within the same limits): then an export or erasure becomes a request
 * admins answer by its due date, and consent choices are recorded at once with the texts
 * the reader was shown. A request nobody confirms expires without effect.
 */
@Service
public class HelpPrivacy {

	/** What a reader can ask for. */
	public enum Ask {

		EXPORT, ERASURE, CONSENTS;

		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A submission: the address normalized, and for {@link Ask#CONSENTS} the choices made
	 * (true agreed, false refused; purposes left out stay as they are).
	 */
	public record Request(String email, Ask ask, Map<Purpose, Boolean> consents, LanguageTag reader,
			@Nullable CountryCode market, String client) {
	}

	public enum Outcome {

		/** The link is on its way to the address. */
		SENT,
		/** Too many requests from this address or client in the window. */
		RATE_LIMITED,
		/** Consent choices without any choice made. */
		NOTHING_CHOSEN

	}

	/**
	 * What following the link did.
	 *
	 * @param ask what had been asked, when the link was known
	 * @param dueAt for an export or erasure, when the answer is due
	 */
	public record Confirmed(HelpContact.Confirmation status, @Nullable Ask ask, @Nullable Instant dueAt) {
	}

	/** What is held until confirmed, as stored (JSON). */
	record Held(String ask, String language, @Nullable String market, List<Choice> consents) {
	}

	/** A consent choice with the text the reader was shown beside it. */
	record Choice(String purpose, boolean agreed, String text) {
	}

	private final ContactAttempts attempts;

	private final ContactConfirmations confirmations;

	private final ContactSettings settings;

	private final CustomerManagement customers;

	private final Consents consents;

	private final PrivacyRequests requests;

	private final MessageSource messages;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final PublicAddress publicAddress;

	private final Clock clock;

	HelpPrivacy(ContactAttempts attempts, ContactConfirmations confirmations, ContactSettings settings,
			CustomerManagement customers, Consents consents, PrivacyRequests requests, MessageSource messages,
			JsonMapper json, TransactionTemplate transaction, ApplicationEventPublisher events,
			PublicAddress publicAddress, Clock clock) {
		this.attempts = attempts;
		this.confirmations = confirmations;
		this.settings = settings;
		this.customers = customers;
		this.consents = consents;
		this.requests = requests;
		this.messages = messages;
		this.json = json;
		this.transaction = transaction;
		this.events = events;
		this.publicAddress = publicAddress;
		this.clock = clock;
	}

	/** The consent text shown beside a purpose, in the reader's language. */
	public String consentText(Purpose purpose, LanguageTag reader) {
		return this.messages.getMessage("help.privacy.consent." + purpose.value(), null, reader.locale());
	}

	public Outcome submit(Request request) {
		if (request.ask() == Ask.CONSENTS && request.consents().isEmpty()) {
			return Outcome.NOTHING_CHOSEN;
		}
		Instant now = this.clock.instant();
		// Counted with the contact form's submissions: one limit per address and client
		// for everything the help center mails.
		this.transaction.executeWithoutResult(status -> this.attempts.record(request.email(), request.client(), now));
		Instant since = now.minus(this.settings.window());
		if (this.attempts.fromAddress(request.email(), since) > this.settings.perAddress()
				|| this.attempts.fromClient(request.client(), since) > this.settings.perClient()) {
			return Outcome.RATE_LIMITED;
		}
		List<Choice> choices = new ArrayList<>();
		request.consents()
			.forEach((purpose, agreed) -> choices
				.add(new Choice(purpose.value(), agreed, consentText(purpose, request.reader()))));
		Held held = new Held(request.ask().value(), request.reader().value(),
				request.market() == null ? null : request.market().value(), choices);
		String token = LinkToken.random().value();
		Instant expires = now.plus(this.settings.confirmationValidity());
		String link = this.publicAddress.base(this.settings.publicUrl()) + "/help/" + request.reader().value()
				+ "/privacy/confirm?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		Locale locale = request.reader().locale();
		String what = this.messages.getMessage("help.privacy.ask." + request.ask().value(), null, locale);
		String subject = this.messages.getMessage("help.privacy.mail.subject", new Object[] { what }, locale);
		String body = this.messages.getMessage("help.privacy.mail.body",
				new Object[] { what, link, this.settings.confirmationValidity().toHours() }, locale);
		this.transaction.executeWithoutResult(status -> {
			this.confirmations.addPrivacyRequest(request.email(), this.json.writeValueAsString(held),
					new LinkToken(token).sha256(), expires, now);
			this.events
				.publishEvent(new HelpCenterMailRequested("privacy-confirm." + UUID.randomUUID(), request.email(),
						subject, body, request.reader(), request.market() == null ? null : request.market().value()));
		});
		return Outcome.SENT;
	}

	/**
	 * Carries out the request this token names: opens the export or erasure request, or
	 * records the consent choices of the customer who owns the address.
	 */
	public Confirmed confirm(String token) {
		return this.transaction.execute(status -> {
			Optional<ContactConfirmations.Pending> found = this.confirmations
				.findForUpdate(new LinkToken(token).sha256());
			if (found.isEmpty() || found.get().privacyRequest() == null) {
				return new Confirmed(HelpContact.Confirmation.UNKNOWN, null, null);
			}
			ContactConfirmations.Pending pending = found.get();
			Held held = this.json.readValue(pending.privacyRequest(), Held.class);
			Ask ask = Ask.valueOf(held.ask().toUpperCase(Locale.ROOT));
			if (pending.confirmed()) {
				return new Confirmed(HelpContact.Confirmation.ALREADY_CONFIRMED, ask, null);
			}
			Instant now = this.clock.instant();
			if (!now.isBefore(pending.expiresAt())) {
				return new Confirmed(HelpContact.Confirmation.EXPIRED, ask, null);
			}
			this.confirmations.confirmed(pending.id(), now);
			Optional<Customer> customer = this.customers.findByEmail(pending.email());
			if (ask == Ask.CONSENTS) {
				// An address that belongs to nobody has no consents to change.
				customer.ifPresent(owner -> this.consents.record(owner.id().value(),
						held.consents()
							.stream()
							.map(choice -> new ConsentChange(Purpose.of(choice.purpose()).orElseThrow(),
									choice.agreed(), "help-center", choice.text(), held.language()))
							.toList(),
						"help-center"));
				return new Confirmed(HelpContact.Confirmation.CONFIRMED, ask, null);
			}
			// The customer's market sets the deadline; else the one the help center was
			// read in.
			String market = customer.flatMap(Customer::market).map(CountryCode::value).orElse(held.market());
			PrivacyRequest opened = this.requests.open(new PrivacyRequests.NewRequest(
					ask == Ask.EXPORT ? PrivacyRequest.Kind.EXPORT : PrivacyRequest.Kind.ERASURE, pending.email(),
					customer.map(owner -> owner.id().value()).orElse(null), market, held.language(), "help-center"));
			return new Confirmed(HelpContact.Confirmation.CONFIRMED, ask, opened.dueAt());
		});
	}

}
