package dev.meridian.tickets.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.TeamId;
import dev.meridian.tickets.Priority;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.TicketChanges;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON merge patch (RFC 7396) of a ticket: a field that is absent stays as it is,
 * {@code null} clears the assignee or team. The assignee may be named by id or by the
 * agent's email; the team by id or name.
 */
final class TicketPatch {

	private TicketPatch() {
	}

	static TicketChanges read(Map<String, Object> body, AgentManagement agents) {
		Status status = body.containsKey("status") ? EnumValues.parse("status", text(body, "status"), Status.class)
				: null;
		Priority priority = body.containsKey("priority")
				? EnumValues.parse("priority", text(body, "priority"), Priority.class) : null;
		boolean changeAssignee = body.containsKey("assignee") || body.containsKey("assigneeId");
		AgentId assignee = changeAssignee ? assignee(body, agents) : null;
		boolean changeTeam = body.containsKey("team") || body.containsKey("teamId");
		TeamId team = changeTeam ? team(body, agents) : null;
		List<String> tags = body.containsKey("tags") ? tags(body.get("tags")) : null;
		return new TicketChanges(status, priority, changeAssignee, assignee, changeTeam, team, tags);
	}

	private static @Nullable AgentId assignee(Map<String, Object> body, AgentManagement agents) {
		String field = body.containsKey("assignee") ? "assignee" : "assigneeId";
		String value = reference(body.get(field), field);
		if (value == null) {
			return null;
		}
		if (value.contains("@")) {
			return agents.findByEmail(value)
				.orElseThrow(() -> new InvalidValueException(field, "No agent signs in with " + value))
				.id();
		}
		return new AgentId(uuid(field, value));
	}

	private static @Nullable TeamId team(Map<String, Object> body, AgentManagement agents) {
		String field = body.containsKey("team") ? "team" : "teamId";
		String value = reference(body.get(field), field);
		if (value == null) {
			return null;
		}
		try {
			return new TeamId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return agents.findTeamByName(value)
				.orElseThrow(() -> new InvalidValueException(field, "No team is named " + value))
				.id();
		}
	}

	/** A reference is a string, {@code {"id": ...}}, or null. */
	private static @Nullable String reference(@Nullable Object value, String field) {
		if (value == null) {
			return null;
		}
		if (value instanceof String text) {
			return text.isBlank() ? null : text.strip();
		}
		if (value instanceof Map<?, ?> object && object.get("id") instanceof String id) {
			return id.strip();
		}
		throw new InvalidValueException(field, "Expected an id (string), {\"id\": ...} or null");
	}

	private static String text(Map<String, Object> body, String field) {
		if (body.get(field) instanceof String text) {
			return text;
		}
		throw new InvalidValueException(field, "Expected a string");
	}

	private static List<String> tags(@Nullable Object value) {
		if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
			return list.stream().map(String.class::cast).toList();
		}
		throw new InvalidValueException("tags", "Expected a list of strings");
	}

	private static UUID uuid(String field, String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(field, "'" + value + "' is neither an agent id nor an email address");
		}
	}

}
