package dev.meridian.agents;

import java.util.Arrays;
import java.util.Locale;

import dev.meridian.InvalidValueException;

/**
 * What an API token may touch. {@code admin} includes every other scope. A scope never
 * lifts a role: publishing articles, for one, needs {@code knowledge:publish} and a
 * supervisor's role (docs/api.md lists which role each scope needs).
 */
public enum Scope {

	TICKETS_READ("tickets:read"), TICKETS_WRITE("tickets:write"), CUSTOMERS_READ("customers:read"),
	CUSTOMERS_WRITE("customers:write"),
	/** Writing articles as drafts or in review, their classification and categories. */
	KNOWLEDGE_WRITE("knowledge:write"),
	/** Publishing articles (and changing published ones) and deleting articles. */
	KNOWLEDGE_PUBLISH("knowledge:publish"),
	/** Writing the translation memory (corrections) and glossaries. */
	LANGUAGE_WRITE("language:write"),
	/** Spending machine-translation quota: translating texts and replies. */
	LANGUAGE_TRANSLATE("language:translate"),
	/** Reading orders, returns and return policies. */
	COMMERCE_READ("commerce:read"),
	/** Recording orders, opening and moving returns; refunds also need a supervisor. */
	COMMERCE_WRITE("commerce:write"), ADMIN("admin");

	private final String value;

	Scope(String value) {
		this.value = value;
	}

	public String value() {
		return this.value;
	}

	public static Scope parse(String value) {
		String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(scope -> scope.value.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new InvalidValueException("scopes",
					"'" + value + "' is not one of " + Arrays.stream(values()).map(Scope::value).toList()));
	}

}
