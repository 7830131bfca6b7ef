package dev.meridian.agents.web;

import java.util.ArrayList;
import java.util.List;

import dev.meridian.agents.AgentProfile;
import dev.meridian.agents.Proficiency;
import dev.meridian.agents.Role;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.TimeZones;
import dev.meridian.web.EnumValues;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An agent as clients send it. The password is optional (agents who only use the API
 * through tokens have none).
 */
record AgentRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 300) String displayName,
		@NotBlank String role, @NotBlank String timeZone, @NotBlank String uiLanguage,
		@Nullable @Size(max = 30) List<@NotNull SkillRequest> languages, @Nullable Boolean active,
		@Nullable String password) {

	record SkillRequest(@NotBlank String language, @NotBlank String proficiency) {
	}

	AgentProfile toProfile() {
		List<AgentProfile.Skill> skills = new ArrayList<>();
		List<SkillRequest> requested = this.languages == null ? List.of() : this.languages;
		for (int i = 0; i < requested.size(); i++) {
			SkillRequest skill = requested.get(i);
			skills.add(new AgentProfile.Skill(LanguageTag.parse("languages[" + i + "].language", skill.language()),
					EnumValues.parse("languages[" + i + "].proficiency", skill.proficiency(), Proficiency.class)));
		}
		return new AgentProfile(this.email, this.displayName, EnumValues.parse("role", this.role, Role.class),
				TimeZones.parse("timeZone", this.timeZone), LanguageTag.parse("uiLanguage", this.uiLanguage), skills,
				this.active == null || this.active);
	}

}
