package dev.meridian.sla.web;

import java.util.List;
import java.util.Set;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.sla.SlaPolicy;
import dev.meridian.sla.SlaPolicyDefinition;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.Priority;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * An SLA policy as the admin screen's form sends it. Every value is kept as typed, so a
 * rejected form comes back with exactly what was entered; the numbers are parsed only
 * when the policy is built.
 */
public record PolicyForm(@Nullable String name, @Nullable String position, @Nullable List<String> priorities,
		@Nullable List<String> markets, @Nullable List<String> channels, @Nullable String firstReplyMinutes,
		@Nullable String nextReplyMinutes, @Nullable String resolutionMinutes, @Nullable String warningLeadMinutes) {

	/** The field a form without any target is reported on: the three target inputs. */
	static final String TARGETS = "targets";

	static PolicyForm empty() {
		return new PolicyForm("", "0", List.of(), List.of(), List.of(), "", "", "", "0");
	}

	static PolicyForm of(SlaPolicy policy) {
		return new PolicyForm(policy.name(), Integer.toString(policy.position()),
				policy.priorities().stream().map(Enum::name).sorted().toList(),
				policy.markets().stream().map(CountryCode::value).sorted().toList(),
				policy.channels().stream().map(Enum::name).sorted().toList(), text(policy.firstReplyMinutes()),
				text(policy.nextReplyMinutes()), text(policy.resolutionMinutes()),
				Integer.toString(policy.warningLeadMinutes()));
	}

	/** Whether a checkbox of a criterion is ticked, for the template. */
	public boolean has(String criterion, String value) {
		List<String> values = switch (criterion) {
			case "priorities" -> this.priorities;
			case "markets" -> this.markets;
			default -> this.channels;
		};
		return values != null && values.contains(value);
	}

	/**
	 * The definition, or an {@link InvalidValueException} naming the form field at fault.
	 */
	SlaPolicyDefinition toDefinition() {
		Integer firstReply = minutes("firstReplyMinutes", this.firstReplyMinutes);
		Integer nextReply = minutes("nextReplyMinutes", this.nextReplyMinutes);
		Integer resolution = minutes("resolutionMinutes", this.resolutionMinutes);
		if (firstReply == null && nextReply == null && resolution == null) {
			// The definition checks this too, but names only the first target's field;
			// the form points at all three.
			throw new InvalidValueException(TARGETS, "A policy needs at least one target");
		}
		Integer position = minutes("position", this.position);
		Integer warningLead = minutes("warningLeadMinutes", this.warningLeadMinutes);
		return new SlaPolicyDefinition(this.name == null ? "" : this.name, position == null ? 0 : position,
				Set.copyOf(values(this.priorities).stream()
					.map(value -> EnumValues.parse("priorities", value, Priority.class))
					.toList()),
				Set.copyOf(values(this.markets).stream().map(value -> CountryCode.parse("markets", value)).toList()),
				Set.copyOf(values(this.channels).stream()
					.map(value -> EnumValues.parse("channels", value, Channel.class))
					.toList()),
				firstReply, nextReply, resolution, warningLead == null ? 0 : warningLead);
	}

	private static @Nullable Integer minutes(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not a whole number");
		}
	}

	private static List<String> values(@Nullable List<String> values) {
		return values == null ? List.of() : values.stream().filter(value -> !value.isBlank()).toList();
	}

	private static String text(@Nullable Integer minutes) {
		return minutes == null ? "" : minutes.toString();
	}

}
