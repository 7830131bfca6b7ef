package dev.meridian.routing.web;

import java.time.Clock;
import java.util.stream.IntStream;

import dev.meridian.agents.AgentManagement;
import dev.meridian.markets.MarketManagement;
import dev.meridian.routing.CoverageWeek;
import dev.meridian.routing.Routing;
import dev.meridian.web.Times;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coverage screen for supervisors: a grid of language × (day, hour) in the zone the
 * viewer picks (their own by default), gaps highlighted and listed in words.
 */
@Controller
class CoverageController {

	private final Routing routing;

	private final AgentManagement agents;

	private final MarketManagement markets;

	private final CoverageTexts texts;

	private final Times times;

	private final Clock clock;

	CoverageController(Routing routing, AgentManagement agents, MarketManagement markets, CoverageTexts texts,
			Times times, Clock clock) {
		this.routing = routing;
		this.agents = agents;
		this.markets = markets;
		this.texts = texts;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/app/coverage")
	String coverage(@RequestParam(required = false) @Nullable String week,
			@RequestParam(required = false) @Nullable String zone,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String market, Model model) {
		CoverageQuery query = CoverageQuery.parse(week, zone, team, market, this.times.viewerZone(), this.clock);
		CoverageWeek coverage = this.routing.coverage(query.monday(), query.zone(), query.team(), query.market());
		model.addAttribute("query", query);
		model.addAttribute("coverage", coverage);
		model.addAttribute("texts", this.texts);
		model.addAttribute("hours", IntStream.range(0, 24).boxed().toList());
		model.addAttribute("days", IntStream.range(0, 7).boxed().toList());
		// Formatted once per page, not once per cell: ICU formatters are costly to build.
		model.addAttribute("dayLabels",
				IntStream.range(0, 7).mapToObj(d -> this.texts.dayName(coverage.monday().plusDays(d))).toList());
		model.addAttribute("hourLabels", IntStream.range(0, 24).mapToObj(this.texts::hour).toList());
		model.addAttribute("teams", this.agents.teams());
		model.addAttribute("markets", this.markets.all());
		model.addAttribute("minimum", coverage.minimum().name());
		return "routing/coverage";
	}

}
