package dev.meridian.agents;

import java.util.Arrays;
import java.util.Locale;

import dev.meridian.InvalidValueException;

/**
 * What an API token may touch. {@code admin} includes every other scope.
 */
public enum Scope {

	TICKETS_READ("tickets:read"), TICKETS_WRITE("tickets:write"), CUSTOMERS_READ("customers:read"),
	CUSTOMERS_WRITE("customers:write"), ADMIN("admin");

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
