package dev.meridian.channels.chatbot;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.DomainException;
import dev.meridian.bot.Intent;
import dev.meridian.commerce.CustomsCharges;
import dev.meridian.commerce.MoneyFormat;
import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentSubStatus;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.orders.OrderManagement;
import dev.meridian.commerce.orders.OrderStatus;
import dev.meridian.commerce.returns.ReturnCheck;
import dev.meridian.commerce.returns.ReturnManagement;
import dev.meridian.commerce.returns.ReturnRefusedException;
import dev.meridian.commerce.returns.ReturnTexts;
import dev.meridian.commerce.shipments.CarrierLinks;
import dev.meridian.commerce.shipments.Shipment;
import dev.meridian.commerce.shipments.ShipmentManagement;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.knowledge.HelpCenterAddresses;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.MarketManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bot's answers from the shop's own data for a customer it knows (the shop vouched
 * for them, or they gave an order's number and the address it was ordered with): where
 * the order is, with the customs state and what happens next; whether it can still be
 * returned under the market's policy, with the way to start the return; what customs
 * charged and why. Every text is in the conversation's language; when one of the texts an
 * answer needs does not exist in that language, there is no answer and a person takes
 * over, rather than the bot switching languages.
 */
@Component
class OrderReplies {

	/** Shipments described in one answer: an order split in more is for a person. */
	static final int MOST_SHIPMENTS = 3;

	/**
	 * The languages the market's return policy and refusals are written in
	 * ({@code commerce-returns} bundles and the workspace's).
	 */
	private static final Set<String> RETURN_LANGUAGES = Set.of("en", "de", "fr", "es", "pt", "ja", "ar");

	private static final Set<ShipmentSubStatus> CUSTOMS = Set.of(ShipmentSubStatus.HELD_AT_CUSTOMS,
			ShipmentSubStatus.CUSTOMS_DELAY, ShipmentSubStatus.DUTIES_PAYABLE, ShipmentSubStatus.MISSING_DOCUMENTS);

	/**
	 * An address: tried only where a word starts, each part taken whole and bounded (RFC
	 * 5321 lengths, at most 8 labels), so a message costs one pass, not one per
	 * character.
	 */
	private static final Pattern EMAIL = Pattern.compile(
			"(?<![^\\s@<>()\\[\\],;:])[^\\s@<>()\\[\\],;:]{1,64}+@(?:[^\\s@<>()\\[\\],;:.]{1,63}+\\.){1,8}\\p{L}{2,63}");

	/** Order numbers looked up per message: a message full of numbers costs no more. */
	private static final int MAX_CANDIDATES = 5;

	/**
	 * What an order number looks like in a sentence: letters, digits, dashes, with a
	 * digit.
	 */
	private static final Pattern NUMBER = Pattern.compile("#?([\\p{Alnum}][\\p{Alnum}-]{1,38}[\\p{Alnum}])");

	private final OrderManagement orders;

	private final ShipmentManagement shipments;

	private final ReturnManagement returns;

	private final ReturnTexts returnTexts;

	private final CustomsCharges customs;

	private final CustomerManagement customers;

	private final MarketManagement markets;

	private final ChatBotTexts texts;

	private final HelpCenterAddresses links;

	private final Clock clock;

	OrderReplies(OrderManagement orders, ShipmentManagement shipments, ReturnManagement returns,
			ReturnTexts returnTexts, CustomsCharges customs, CustomerManagement customers, MarketManagement markets,
			ChatBotTexts texts, HelpCenterAddresses links, Clock clock) {
		this.orders = orders;
		this.shipments = shipments;
		this.returns = returns;
		this.returnTexts = returnTexts;
		this.customs = customs;
		this.customers = customers;
		this.markets = markets;
		this.texts = texts;
		this.links = links;
		this.clock = clock;
	}

	/** Whom the bot is answering, and where they read the time. */
	record Asker(CustomerId customer, LanguageTag language, @Nullable ZoneId zone, @Nullable String market) {
	}

	/**
	 * The answer to an order question about the customer's latest order, or none when
	 * they have no order or the answer cannot be given in their language.
	 */
	@Transactional(readOnly = true)
	public Optional<String> latest(Intent intent, Asker asker) {
		return this.orders.recentOf(asker.customer(), null, 1)
			.stream()
			.findFirst()
			.flatMap(order -> about(intent, order, asker));
	}

	/**
	 * The answer to an order question from a visitor the shop did not vouch for, when
	 * their message names an order's number and the address it was ordered with; none
	 * otherwise. One message, one try: the conversation hands over when this finds
	 * nothing, so guessing numbers gets nowhere.
	 */
	@Transactional(readOnly = true)
	public Optional<String> proven(Intent intent, String message, LanguageTag language, @Nullable ZoneId zone,
			@Nullable String market) {
		Matcher email = EMAIL.matcher(message);
		if (!email.find()) {
			return Optional.empty();
		}
		String address = email.group();
		Optional<CustomerId> owner = this.customers.findByEmail(address).map(customer -> customer.id());
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		String rest = message.substring(0, email.start()) + " " + message.substring(email.end());
		Matcher number = NUMBER.matcher(rest);
		int tried = 0;
		while (number.find() && tried < MAX_CANDIDATES) {
			String candidate = number.group(1);
			if (candidate.chars().noneMatch(Character::isDigit)) {
				continue;
			}
			tried++;
			Optional<Order> order = this.orders.withNumber(candidate)
				.stream()
				.filter(found -> found.customer().equals(owner.get()))
				.findFirst();
			if (order.isPresent()) {
				return about(intent, order.get(), new Asker(owner.get(), language, zone, market));
			}
		}
		return Optional.empty();
	}

	private Optional<String> about(Intent intent, Order order, Asker asker) {
		Locale locale = Locale.forLanguageTag(asker.language().language());
		ZoneId zone = zoneOf(asker, order);
		return switch (intent) {
			case ORDER_STATUS -> Optional.of(whereIs(order, asker.language(), locale, zone));
			case RETURN -> canReturn(order, asker, locale, zone);
			case DUTIES -> duties(order, asker.language(), locale);
			default -> Optional.empty();
		};
	}

	private String whereIs(Order order, LanguageTag language, Locale locale, ZoneId zone) {
		if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.REFUNDED) {
			return text(language, "order.cancelled", order.number());
		}
		List<Shipment> parcels = this.shipments.ofOrder(order.id());
		if (parcels.isEmpty()) {
			return text(language, "order.notShipped", order.number(), when(order.placedAt(), locale, zone));
		}
		List<String> lines = new ArrayList<>();
		for (Shipment parcel : parcels.subList(0, Math.min(MOST_SHIPMENTS, parcels.size()))) {
			Instant at = parcel.statusAt() != null ? parcel.statusAt() : parcel.updatedAt();
			lines.add(text(language, "order.shipment", order.number(), parcel.carrier(), parcel.trackingNumber(),
					text(language, "order.status." + parcel.status().value()), when(at, locale, zone)));
			ShipmentSubStatus sub = parcel.subStatus();
			lines.add(sub != null && CUSTOMS.contains(sub) ? text(language, "order.customs." + sub.value())
					: text(language, "order.next." + parcel.status().value()));
			String tracking = parcel.trackingUrl() != null ? parcel.trackingUrl()
					: CarrierLinks.trackingUrl(parcel.carrier(), parcel.trackingNumber()).orElse(null);
			if (tracking != null && parcel.status() != ShipmentStatus.DELIVERED) {
				lines.add(text(language, "order.track", tracking));
			}
		}
		return String.join("\n", lines);
	}

	private Optional<String> canReturn(Order order, Asker asker, Locale locale, ZoneId zone) {
		if (!RETURN_LANGUAGES.contains(asker.language().language())) {
			return Optional.empty();
		}
		ReturnCheck check = this.returns.checkFor(order.id());
		try {
			check.check(List.of(), this.clock.instant());
		}
		catch (ReturnRefusedException refused) {
			return Optional.of(this.returnTexts.refusal(refused, locale));
		}
		List<String> lines = new ArrayList<>();
		lines.add(text(asker.language(), "order.return.open", order.number(), when(check.deadline(), locale, zone)));
		this.returnTexts.policy(check.terms(), check.deliveredAt().isPresent(), locale)
			.forEach(line -> lines.add("• " + line));
		lines.add(text(asker.language(), "order.return.start", this.links.page(asker.language(), "/returns")));
		return Optional.of(String.join("\n", lines));
	}

	private Optional<String> duties(Order order, LanguageTag language, Locale locale) {
		for (Shipment parcel : this.shipments.ofOrder(order.id())) {
			CustomsCharges.Customs charges;
			try {
				charges = this.customs.of(order, parcel, locale);
			}
			catch (DomainException ex) {
				charges = null;
			}
			if (charges != null) {
				// The explanation exists in fewer languages than the chat: in another
				// language than the visitor's it is for a person to explain.
				if (!charges.language().equalsIgnoreCase(language.language())) {
					return Optional.empty();
				}
				String total = MoneyFormat.of(locale)
					.format(new java.math.BigDecimal(charges.total().amount()), charges.total().currency());
				return Optional
					.of(text(language, "order.duties.total", order.number(), total) + "\n" + charges.explanation());
			}
		}
		if (order.duties().isZero()) {
			return Optional.of(text(language, "order.duties.none", order.number()));
		}
		return Optional.empty();
	}

	private ZoneId zoneOf(Asker asker, Order order) {
		if (asker.zone() != null) {
			return asker.zone();
		}
		String market = asker.market() != null ? asker.market() : order.market();
		try {
			return this.markets.find(new CountryCode(market)).map(found -> found.timeZone()).orElse(ZoneOffset.UTC);
		}
		catch (IllegalArgumentException ex) {
			return ZoneOffset.UTC;
		}
	}

	/** A moment on the customer's clock, with the clock named in their language. */
	private static String when(Instant at, Locale locale, ZoneId zone) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(at.atZone(zone)) + " (" + zone.getDisplayName(TextStyle.FULL, locale) + ")";
	}

	private String text(LanguageTag language, String key, Object... arguments) {
		return this.texts.text(language, key, arguments);
	}

}
