package dev.meridian.agents;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a reviewed certificate changes an agent's skills: raised to the certified level,
 * never lowered, matched by tag and then by language.
 */
class AgentSkillTests {

	static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

	@Test
	void addsALanguageTheAgentDidNotList() {
		Agent agent = agent(new AgentProfile.Skill(LanguageTag.read("de"), Proficiency.NATIVE));

		assertThat(agent.raiseSkill(LanguageTag.read("pt"), Proficiency.B2, NOW)).isTrue();

		assertThat(agent.speaks(LanguageTag.read("pt"), Proficiency.B2)).isTrue();
		assertThat(agent.languages()).hasSize(2);
	}

	@Test
	void raisesALowerLevelOfTheSameLanguageInAnotherRegion() {
		Agent agent = agent(new AgentProfile.Skill(LanguageTag.read("pt-BR"), Proficiency.A2));

		assertThat(agent.raiseSkill(LanguageTag.read("pt"), Proficiency.C1, NOW)).isTrue();

		assertThat(agent.languages()).singleElement().satisfies(skill -> {
			assertThat(skill.language()).isEqualTo(LanguageTag.read("pt-BR"));
			assertThat(skill.proficiency()).isEqualTo(Proficiency.C1);
		});
	}

	@Test
	void neverLowersASkill() {
		Agent agent = agent(new AgentProfile.Skill(LanguageTag.read("es"), Proficiency.C2));

		assertThat(agent.raiseSkill(LanguageTag.read("es"), Proficiency.B1, NOW)).isFalse();
		assertThat(agent.raiseSkill(LanguageTag.read("es"), Proficiency.C2, NOW)).isFalse();

		assertThat(agent.languages()).singleElement()
			.satisfies(skill -> assertThat(skill.proficiency()).isEqualTo(Proficiency.C2));
	}

	@Test
	void prefersTheExactTagOverAnotherRegion() {
		Agent agent = agent(new AgentProfile.Skill(LanguageTag.read("pt-BR"), Proficiency.A1),
				new AgentProfile.Skill(LanguageTag.read("pt-PT"), Proficiency.A1));

		agent.raiseSkill(LanguageTag.read("pt-PT"), Proficiency.B2, NOW);

		assertThat(agent.languages().get(0).proficiency()).isEqualTo(Proficiency.A1);
		assertThat(agent.languages().get(1).proficiency()).isEqualTo(Proficiency.B2);
	}

	private static Agent agent(AgentProfile.Skill... skills) {
		return new Agent(new AgentProfile("skills@example.com", "Skilled Agent", Role.AGENT, ZoneId.of("Europe/Lisbon"),
				LanguageTag.read("en"), List.of(skills), true), NOW);
	}

}
