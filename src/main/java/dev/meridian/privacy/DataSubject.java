package dev.meridian.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A customer whose personal data is exported or erased, as the customers module knows
 * them at the moment the request starts: the values other modules look for in their own
 * rows and texts.
 *
 * @param customerId the customer's id
 * @param names the names they are known by (given, family, display name)
 * @param emails their email addresses
 * @param phones their phone numbers as stored (E.164)
 * @param language the language their export summary is written in (BCP 47)
 * @param market the country code of their market, if any
 */
public record DataSubject(UUID customerId, List<String> names, List<String> emails, List<String> phones,
		String language, @Nullable String market) {

	public DataSubject {
		names = List.copyOf(names);
		emails = List.copyOf(emails);
		phones = List.copyOf(phones);
	}

	/**
	 * How an admin's screen names them: their display name (the last of their names),
	 * else their first address, else their id (once erased).
	 */
	public String shownAs() {
		if (!this.names.isEmpty()) {
			return this.names.get(this.names.size() - 1);
		}
		return this.emails.isEmpty() ? this.customerId.toString() : this.emails.get(0);
	}

	/** The audit log's name for this customer: {@code customer:<id>}. */
	public String auditSubject() {
		return "customer:" + this.customerId;
	}

	/**
	 * Every value that identifies them in free text, longest first so a full name is
	 * replaced before its parts: names and their parts of three letters or more, emails,
	 * phones with and without their plus sign.
	 */
	public List<String> identifiers() {
		Set<String> values = new LinkedHashSet<>();
		for (String name : this.names) {
			if (name.isBlank()) {
				continue;
			}
			values.add(name.strip());
			for (String part : name.strip().split("\\s+")) {
				if (part.codePointCount(0, part.length()) >= 3) {
					values.add(part);
				}
			}
		}
		values.addAll(this.emails);
		for (String phone : this.phones) {
			values.add(phone);
			if (phone.startsWith("+")) {
				values.add(phone.substring(1));
			}
		}
		List<String> sorted = new ArrayList<>(values);
		sorted.sort(Comparator.comparingInt(String::length).reversed());
		return sorted;
	}

	/**
	 * The text with every identifier replaced by {@code [erased]}, ignoring case: what
	 * remains of an agent's reply that names the customer.
	 */
	public String scrub(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return text == null ? "" : text;
		}
		String result = text;
		for (String identifier : identifiers()) {
			result = result.replaceAll("(?iu)" + java.util.regex.Pattern.quote(identifier), ERASED);
		}
		return result;
	}

	/** Whether the text names them. */
	public boolean mentionedIn(@Nullable String text) {
		if (text == null) {
			return false;
		}
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		return identifiers().stream().anyMatch(id -> lower.contains(id.toLowerCase(java.util.Locale.ROOT)));
	}

	/** What replaces personal data in texts that are kept. */
	public static final String ERASED = "[erased]";

}
