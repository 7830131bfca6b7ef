package dev.meridian.feedback.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.Actor;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Callers;
import dev.meridian.agents.Role;
import dev.meridian.agents.Scope;
import dev.meridian.feedback.followups.FollowUps;
import dev.meridian.feedback.nps.NpsCampaigns;
import dev.meridian.feedback.themes.ClosingTheLoop;
import dev.meridian.feedback.themes.Themes;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervisors close the loop: follow-ups of low ratings, themes of comments (tagging by
 * hand, marking addressed), and NPS campaigns. Reading needs {@code tickets:read}, acting
 * a supervisor with {@code tickets:write}.
 */
@RestController
@RequestMapping("/api/v1/feedback")
class FeedbackApiController {

	private final FollowUps followUps;

	private final Themes themes;

	private final ClosingTheLoop loop;

	private final NpsCampaigns campaigns;

	private final AgentManagement agents;

	FeedbackApiController(FollowUps followUps, Themes themes, ClosingTheLoop loop, NpsCampaigns campaigns,
			AgentManagement agents) {
		this.followUps = followUps;
		this.themes = themes;
		this.loop = loop;
		this.campaigns = campaigns;
		this.agents = agents;
	}

	record Items<T>(List<T> items) {
	}

	record ThemeRequest(@Nullable String key, @Nullable String name) {
	}

	record TagRequest(@Nullable UUID surveyId) {
	}

	record AddressedRequest(@Nullable String note, @Nullable String language) {
	}

	record AddressedResponse(Themes.Theme theme, int notified, int skipped) {
	}

	record CampaignRequest(@Nullable String market, @Nullable String name, @Nullable Integer windowDays,
			@Nullable Double sampleRate, @Nullable Integer minIntervalDays) {
	}

	@GetMapping("/follow-ups")
	Items<FollowUps.FollowUp> followUps(@RequestParam(required = false) @Nullable String state,
			@RequestParam(defaultValue = "50") int limit) {
		Callers.require(Scope.TICKETS_READ, Role.SUPERVISOR, "Reading follow-ups");
		if (state != null && !state.equals("open") && !state.equals("done")) {
			throw new InvalidValueException("state", "'" + state + "' is not one of open, done");
		}
		return new Items<>(this.followUps.list(state, Math.max(1, Math.min(limit, 200))));
	}

	@PostMapping("/follow-ups/{id}/done")
	ResponseEntity<Void> done(@PathVariable UUID id) {
		Callers.require(Scope.TICKETS_WRITE, Role.SUPERVISOR, "Closing follow-ups");
		this.followUps.done(id, actor(Callers.current()));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/themes")
	Items<Themes.Theme> themes() {
		Callers.require(Scope.TICKETS_READ, Role.AGENT, "Reading themes");
		return new Items<>(this.themes.list());
	}

	@PostMapping("/themes")
	ResponseEntity<Themes.Theme> createTheme(@RequestBody ThemeRequest request) {
		Callers.require(Scope.TICKETS_WRITE, Role.SUPERVISOR, "Adding themes");
		Themes.Theme theme = this.themes.create(required("key", request.key()), required("name", request.name()));
		return ResponseEntity.created(URI.create("/api/v1/feedback/themes/" + theme.key())).body(theme);
	}

	@GetMapping("/themes/{key}/comments")
	Items<Themes.Comment> comments(@PathVariable String key) {
		Callers.require(Scope.TICKETS_READ, Role.AGENT, "Reading feedback comments");
		return new Items<>(this.themes.comments(key));
	}

	@PostMapping("/themes/{key}/comments")
	ResponseEntity<Void> tag(@PathVariable String key, @RequestBody TagRequest request) {
		Callers.require(Scope.TICKETS_WRITE, Role.SUPERVISOR, "Tagging comments");
		if (request.surveyId() == null) {
			throw new InvalidValueException("surveyId", "surveyId names the answered survey whose comment to tag");
		}
		this.themes.tagByHand(key, request.surveyId(), actor(Callers.current()));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/themes/{key}/addressed")
	AddressedResponse addressed(@PathVariable String key, @RequestBody AddressedRequest request) {
		Callers.require(Scope.TICKETS_WRITE, Role.SUPERVISOR, "Marking themes addressed");
		Actor actor = Callers.current();
		LanguageTag language = request.language() != null ? LanguageTag.parse("language", request.language())
				: actor.agentId()
					.flatMap(this.agents::find)
					.map(agent -> agent.uiLanguage())
					.orElse(new LanguageTag("en"));
		ClosingTheLoop.Addressed addressed = this.loop.markAddressed(key, required("note", request.note()), language,
				actor(actor));
		return new AddressedResponse(addressed.theme(), addressed.notified(), addressed.skipped());
	}

	@GetMapping("/campaigns")
	Items<NpsCampaigns.Campaign> campaigns() {
		Callers.require(Scope.TICKETS_READ, Role.SUPERVISOR, "Reading campaigns");
		return new Items<>(this.campaigns.list());
	}

	@PostMapping("/campaigns")
	ResponseEntity<NpsCampaigns.Campaign> launch(@RequestBody CampaignRequest request) {
		Callers.require(Scope.TICKETS_WRITE, Role.SUPERVISOR, "Launching NPS campaigns");
		NpsCampaigns.Campaign campaign = this.campaigns.launch(
				CountryCode.parse("market", required("market", request.market())),
				request.name() == null ? "NPS " + request.market() : request.name(),
				request.windowDays() == null ? 90 : request.windowDays(),
				request.sampleRate() == null ? 1.0 : request.sampleRate(),
				request.minIntervalDays() == null ? 90 : request.minIntervalDays(), actor(Callers.current()));
		return ResponseEntity.created(URI.create("/api/v1/feedback/campaigns/" + campaign.id())).body(campaign);
	}

	private static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException(field, field + " is required");
		}
		return value;
	}

	private static String actor(Actor actor) {
		return actor.agentId().map(agent -> "agent:" + agent.value()).orElse("api-token");
	}

}
