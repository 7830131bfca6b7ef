package dev.meridian.tickets;

import java.util.List;
import java.util.Optional;

import dev.meridian.InvalidValueException;

/**
 * Why a ticket went to its agent, or why it waits for one, kept as a message code and its
 * arguments so each reader sees it in their own language. Arguments carry a kind prefix
 * that tells the screen how to present them in the viewer's language:
 * {@code language:ja}, {@code proficiency:NATIVE}, {@code zone:Asia/Manila}; anything
 * else is shown as it is (numbers are formatted by the message pattern).
 *
 * @param code a key of the message bundles
 * @param arguments the pattern's arguments, in order
 */
public record AssignmentReason(String code, List<String> arguments) {

	public static final String LANGUAGE = "language:";

	public static final String PROFICIENCY = "proficiency:";

	public static final String ZONE = "zone:";

	private static final String SEPARATOR = "\n";

	public AssignmentReason {
		arguments = List.copyOf(arguments);
		if (code.isBlank() || code.contains(SEPARATOR) || arguments.stream().anyMatch(a -> a.contains(SEPARATOR))) {
			throw new InvalidValueException("assignmentReason", "A reason is a code and one-line arguments");
		}
	}

	public static AssignmentReason of(String code, Object... arguments) {
		return new AssignmentReason(code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}

	/** One line per part, code first: readable in the database, unambiguous to parse. */
	public String encode() {
		return this.arguments.isEmpty() ? this.code : this.code + SEPARATOR + String.join(SEPARATOR, this.arguments);
	}

	public static Optional<AssignmentReason> decode(@org.jspecify.annotations.Nullable String stored) {
		if (stored == null || stored.isBlank()) {
			return Optional.empty();
		}
		List<String> parts = List.of(stored.split(SEPARATOR, -1));
		return Optional.of(new AssignmentReason(parts.get(0), parts.subList(1, parts.size())));
	}

}
