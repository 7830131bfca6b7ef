package dev.meridian.tickets.macros;

import java.util.List;

import dev.meridian.tickets.Priority;
import dev.meridian.tickets.Status;
import org.jspecify.annotations.Nullable;

/**
 * What using a macro does to the ticket besides the text: a status to set when the reply
 * is sent, a priority, tags to add. Null or empty: leave as it is.
 */
public record MacroActions(@Nullable Status status, @Nullable Priority priority, List<String> tags) {

	public static final MacroActions NONE = new MacroActions(null, null, List.of());

	public MacroActions {
		tags = List.copyOf(tags);
	}

	public boolean isEmpty() {
		return this.status == null && this.priority == null && this.tags.isEmpty();
	}

}
