package dev.meridian.agents;

import java.util.List;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;

/**
 * What defines a team, validated.
 */
public record TeamDefinition(String name, List<AgentId> members, List<CountryCode> markets,
		List<LanguageTag> languages) {

	public TeamDefinition {
		members = List.copyOf(members);
		markets = List.copyOf(markets);
		languages = List.copyOf(languages);
		if (name.isBlank()) {
			throw new dev.meridian.InvalidValueException("name", "A team needs a name");
		}
	}

}
