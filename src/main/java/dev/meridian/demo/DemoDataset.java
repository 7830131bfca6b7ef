package dev.meridian.demo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The shape of {@code demo/demo-data.json}.
 */
record DemoDataset(List<MarketData> markets, List<AgentData> agents, List<TeamData> teams,
		List<SlaPolicyData> slaPolicies, List<OrganizationData> organizations, List<CustomerData> customers,
		List<TicketData> tickets) {

	record MarketData(String code, String name, List<String> languages, String currency, String timeZone,
			String launchStatus) {
	}

	record SkillData(String language, String proficiency) {
	}

	record ShiftData(String day, String start, String end) {
	}

	record AgentData(String email, String displayName, String role, String timeZone, String uiLanguage,
			List<SkillData> languages, List<ShiftData> shifts, @Nullable String holidayRegion,
			@Nullable String presence) {
	}

	record SlaPolicyData(String name, List<String> priorities, @Nullable Integer firstReplyMinutes,
			@Nullable Integer nextReplyMinutes, @Nullable Integer resolutionMinutes, int warningLeadMinutes) {
	}

	record TeamData(String name, List<String> members, List<String> markets, List<String> languages) {
	}

	record OrganizationData(String name, List<String> domains, String market) {
	}

	record CustomerData(String givenName, String familyName, String email, List<String> phones, String language,
			String locale, String timeZone, String market, @Nullable String organization) {
	}

	record MessageData(String from, @Nullable String agent, String body, double minutesAfterStart) {
	}

	record TicketData(String customer, String subject, String channel, String priority, String status,
			List<String> tags, @Nullable String assignee, @Nullable String team, double hoursAgo,
			List<MessageData> messages) {
	}

}
