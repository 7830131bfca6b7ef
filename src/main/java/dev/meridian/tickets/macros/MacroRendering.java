package dev.meridian.tickets.macros;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.meridian.agents.Actor;
import dev.meridian.agents.AgentManagement;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.PersonNames;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import dev.meridian.tickets.ServiceLevel;
import dev.meridian.tickets.ServiceLevels;
import dev.meridian.tickets.Ticket;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Chooses a macro's variant for a ticket's customer and fills its placeholders from the
 * customer (name in their order), the ticket (number, subject, order tag), the promise
 * the SLA clocks made (in the customer's zone) and the market (currency).
 */
@Component
class MacroRendering {

	/**
	 * The tag the commerce module puts on a ticket about an order
	 * ({@code order:<number>}).
	 */
	private static final String ORDER_TAG = "order:";

	private final CustomerManagement customers;

	private final MarketManagement markets;

	private final ServiceLevels serviceLevels;

	private final AgentManagement agents;

	MacroRendering(CustomerManagement customers, MarketManagement markets, ServiceLevels serviceLevels,
			AgentManagement agents) {
		this.customers = customers;
		this.markets = markets;
		this.serviceLevels = serviceLevels;
		this.agents = agents;
	}

	/**
	 * The customer's language, then the market's languages: the chain before the source.
	 */
	List<LanguageTag> preferences(Ticket ticket) {
		Customer customer = this.customers.get(ticket.customer());
		List<LanguageTag> chain = new ArrayList<>();
		chain.add(customer.preferredLanguage());
		if (!ticket.language().isUndetermined()) {
			chain.add(ticket.language());
		}
		market(ticket, customer).ifPresent(m -> chain.addAll(m.languages()));
		return chain;
	}

	MacroManagement.Rendered render(Macro macro, Ticket ticket, Actor actor) {
		Customer customer = this.customers.get(ticket.customer());
		Optional<Market> market = market(ticket, customer);
		MacroVariant variant = macro.variantFor(preferences(ticket));
		ULocale reader = readerLocale(variant.language(), customer, market.orElse(null));

		Map<String, @Nullable String> values = new HashMap<>();
		values.put("customer.name", PersonNames.display(customer.givenName().orElse(null),
				customer.familyName().orElse(null), customer.locale().locale()));
		values.put("customer.given_name", customer.givenName().orElse(null));
		values.put("customer.family_name", customer.familyName().orElse(null));
		values.put("ticket.number", Long.toString(ticket.number()));
		values.put("ticket.subject", ticket.subject());
		values.put("order.number", ticket.tags()
			.stream()
			.filter(t -> t.startsWith(ORDER_TAG))
			// Tags are lower case; shops write order numbers' letters in upper case
			// (BR-1001). The exact spelling would need commerce, which sits above us.
			.map(t -> t.substring(ORDER_TAG.length()).toUpperCase(java.util.Locale.ROOT))
			.findFirst()
			.orElse(null));
		Instant promised = this.serviceLevels.of(List.of(ticket.id()))
			.getOrDefault(ticket.id(), ServiceLevel.NONE)
			.promisedReplyAt();
		ZoneId zone = customer.timeZone().or(() -> market.map(Market::timeZone)).orElse(ZoneId.of("UTC"));
		values.put("reply.promised", promised == null ? null : dateTime(promised, zone, reader));
		values.put("agent.name",
				actor.agent() == null ? null : this.agents.find(actor.agent()).map(a -> a.displayName()).orElse(null));

		String currency = market.map(m -> m.currency().value()).orElse(null);
		Placeholders.Filled filled = Placeholders.fill(variant.body(), values, currency,
				amount -> money(amount, currency, reader));
		return new MacroManagement.Rendered(macro.id(), variant.language(), variant.name(), filled.body(),
				macro.actions(), filled.unfilled(), macro.isOutdated(variant));
	}

	/**
	 * The date and time in the customer's zone, written the way the variant's language
	 * writes it, with the zone's name so nobody reads it in their own.
	 */
	static String dateTime(Instant at, ZoneId zone, ULocale reader) {
		DateFormat format = DateFormat.getInstanceForSkeleton("yMMMMdjmmzzzz", reader);
		format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
		return format.format(java.util.Date.from(at));
	}

	static String money(java.math.BigDecimal amount, @Nullable String currency, ULocale reader) {
		NumberFormat format = NumberFormat.getInstance(reader, NumberFormat.CURRENCYSTYLE);
		if (currency != null) {
			format.setCurrency(Currency.getInstance(currency));
		}
		return format.format(amount);
	}

	/**
	 * The variant's language with the customer's (else the market's) region when the
	 * variant names none: a Portuguese text for a customer in Brazil writes numbers and
	 * dates as Brazil does.
	 */
	static ULocale readerLocale(LanguageTag variant, Customer customer, @Nullable Market market) {
		ULocale locale = ULocale.forLanguageTag(variant.value());
		if (!locale.getCountry().isEmpty()) {
			return locale;
		}
		String region = customer.locale().locale().getCountry();
		if (region.isEmpty() && market != null) {
			region = market.code().value();
		}
		return region.isEmpty() ? locale : new ULocale.Builder().setLocale(locale).setRegion(region).build();
	}

	private Optional<Market> market(Ticket ticket, Customer customer) {
		return ticket.market().or(customer::market).flatMap(this.markets::find);
	}

}
