package dev.meridian.bench;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes realistic tickets: multilingual subjects and bodies, a priority and tag mix, and
 * customers who are new (a unique e-mail address never used before) or returning (one
 * already created in this run), in a configurable proportion. Thread-safe.
 */
final class TicketFactory {

	private static final List<String> TAGS = List.of("shipping", "billing", "returns", "account", "refund",
			"damaged", "login", "invoice", "vip", "mobile-app");

	private final String emailTag;

	private final double returningShare;

	private final CustomerPool knownCustomers;

	private final AtomicLong sequence = new AtomicLong();

	/**
	 * @param emailTag makes addresses unique to this run and benchmark, e.g. "api-3f9a1c"
	 * @param returningShare share of tickets from returning customers, e.g. 0.3
	 */
	TicketFactory(String emailTag, double returningShare, CustomerPool knownCustomers) {
		this.emailTag = emailTag;
		this.returningShare = returningShare;
		this.knownCustomers = knownCustomers;
	}

	TicketDraft next() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Customer returning = random.nextDouble() < returningShare ? knownCustomers.pickRandom() : null;
		return (returning != null) ? draftFor(returning, true) : draftFor(newCustomer(random), false);
	}

	/** A ticket from this customer, in the customer's language. */
	TicketDraft draftFor(Customer customer, boolean returning) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Persona.Text text = pick(personaOf(customer).texts(), random);
		String order = "MRD-" + (1_000_000 + random.nextInt(9_000_000));
		return new TicketDraft(customer, returning, text.subject().replace("{order}", order),
				text.body().replace("{order}", order), priority(random), "API", tags(random));
	}

	/** A customer never seen before, with an address unique to this factory. */
	Customer newCustomer(ThreadLocalRandom random) {
		Persona persona = pick(SamplePersonas.ALL, random);
		String[] given = pick(persona.givenNames(), random).split("\\|");
		String[] family = pick(persona.familyNames(), random).split("\\|");
		String display = persona.familyNameFirst() ? family[0] + " " + given[0] : given[0] + " " + family[0];
		String email = ascii(given[given.length - 1]) + "." + ascii(family[family.length - 1]) + "." + emailTag
				+ "-" + sequence.incrementAndGet() + "@example.com";
		return new Customer(email, given[0], family[0], display, persona.language(), persona.timeZone(),
				persona.country());
	}

	private static Persona personaOf(Customer customer) {
		for (Persona persona : SamplePersonas.ALL) {
			if (persona.language().equals(customer.language()) && persona.country().equals(customer.country())) {
				return persona;
			}
		}
		throw new IllegalStateException("No persona for " + customer);
	}

	private static String priority(ThreadLocalRandom random) {
		int roll = random.nextInt(100);
		if (roll < 15) {
			return "LOW";
		}
		if (roll < 75) {
			return "NORMAL";
		}
		return roll < 95 ? "HIGH" : "URGENT";
	}

	private static List<String> tags(ThreadLocalRandom random) {
		String first = pick(TAGS, random);
		String second = pick(TAGS, random);
		return (random.nextBoolean() || first.equals(second)) ? List.of(first) : List.of(first, second);
	}

	private static <T> T pick(List<T> list, ThreadLocalRandom random) {
		return list.get(random.nextInt(list.size()));
	}

	/** "Jürgen" → "jurgen", "Łukasz" → "lukasz", "de Jong" → "dejong". */
	static String ascii(String name) {
		String stripped = Normalizer.normalize(name.replace("ł", "l").replace("Ł", "L").replace("ß", "ss"),
				Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		String letters = stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return letters.isEmpty() ? "customer" : letters;
	}

}
