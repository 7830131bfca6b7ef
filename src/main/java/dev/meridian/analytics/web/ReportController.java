package dev.meridian.analytics.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import dev.meridian.DomainException;
import dev.meridian.InvalidValueException;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Team;
import dev.meridian.analytics.Dimension;
import dev.meridian.analytics.ReportQuery;
import dev.meridian.analytics.ReportRangeTooLongException;
import dev.meridian.analytics.ReportRow;
import dev.meridian.analytics.Reports;
import dev.meridian.analytics.TrendDay;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.reviews.Criterion;
import dev.meridian.tickets.reviews.ReviewAverages;
import dev.meridian.tickets.reviews.ReviewGrouping;
import dev.meridian.tickets.reviews.ReviewManagement;
import dev.meridian.web.Languages;
import dev.meridian.web.Times;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The reports screen for supervisors ({@code /app/reports}): filters, one summary row per
 * key, and the daily trends drawn as SVG on the server with their numbers in a table
 * beside each chart. Its CSV download is the API's CSV for the same parameters, under the
 * screen's own path so the signed-in session serves.
 */
@Controller
class ReportController {

	private final Reports reports;

	private final AgentManagement agents;

	private final MarketManagement markets;

	private final Languages languages;

	private final ReportFormat format;

	private final MessageSource messages;

	private final Times times;

	private final Clock clock;

	private final ReviewManagement reviews;

	ReportController(Reports reports, AgentManagement agents, MarketManagement markets, Languages languages,
			ReportFormat format, MessageSource messages, Times times, Clock clock, ReviewManagement reviews) {
		this.reviews = reviews;
		this.reports = reports;
		this.agents = agents;
		this.markets = markets;
		this.languages = languages;
		this.format = format;
		this.messages = messages;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/app/reports")
	String reports(ReportRequest request, Model model) {
		ZoneId zone = this.times.viewerZone();
		ReportQuery query;
		try {
			query = request.toQuery(zone, this.clock);
		}
		catch (ReportRangeTooLongException ex) {
			model.addAttribute("problem", text("reports.problem.rangeTooLong", ReportQuery.MAX_DAYS));
			query = new ReportRequest(null, null, null, null, null, null, null, null, null, null).toQuery(zone,
					this.clock);
		}
		catch (InvalidValueException ex) {
			model.addAttribute("problem", text("reports.problem.invalid", text("reports.filter." + ex.field())));
			query = new ReportRequest(null, null, null, null, null, null, null, null, null, null).toQuery(zone,
					this.clock);
		}
		catch (DomainException ex) {
			model.addAttribute("problem", text("reports.problem.invalid", ""));
			query = new ReportRequest(null, null, null, null, null, null, null, null, null, null).toQuery(zone,
					this.clock);
		}
		// The screen shows the viewer's days only: a zone parameter is the API's.
		List<ReportRow> rows = this.reports.summary(query);
		List<TrendDay> trend = this.reports.trend(query);
		List<String> dayLabels = trend.stream().map(d -> this.format.shortDay(d.day())).toList();
		List<String> dayKeys = trend.stream().map(d -> d.day().toString()).toList();

		model.addAttribute("query", query);
		model.addAttribute("filters", filterValues(query));
		model.addAttribute("rows", rows);
		// Retention is measured for market and language only: every row has it, or none.
		model.addAttribute("retentionShown", rows.stream().anyMatch(row -> row.retention() != null));
		model.addAttribute("labels", labels(query.groupBy(), rows));
		model.addAttribute("trend", trend);
		model.addAttribute("fmt", this.format);
		model.addAttribute("zoneName", this.times.zoneName(query.zone()));
		model.addAttribute("activityChart",
				new SvgChart("chart-activity-caption", SvgChart.Kind.LINE, dayLabels, dayKeys,
						List.of(new SvgChart.Series("created", text("reports.trend.created"), "created",
								trend.stream().map(d -> (Double) (double) d.tickets()).toList()),
								new SvgChart.Series("solved", text("reports.trend.solved"), "solved",
										trend.stream().map(d -> (Double) (double) d.solved()).toList())),
						null, v -> this.format.count(Math.round(v)))
					.render());
		model.addAttribute("csatChart",
				new SvgChart("chart-csat-caption", SvgChart.Kind.BAR, dayLabels, dayKeys,
						List.of(new SvgChart.Series("satisfied", text("reports.trend.satisfied"), "satisfied",
								trend.stream().map(TrendDay::csatSatisfiedShare).toList())),
						1.0, this.format::percent)
					.render());
		reviews(query, model);
		model.addAttribute("groupBys", List.of(Dimension.values()));
		model.addAttribute("marketOptions", this.markets.all());
		model.addAttribute("languageOptions", languageOptions());
		model.addAttribute("channelOptions", List.of(Channel.values()));
		model.addAttribute("teamOptions", this.agents.teams());
		model.addAttribute("agentOptions", this.agents.all());
		model.addAttribute("csvUrl",
				ServletUriComponentsBuilder.fromCurrentRequest()
					.replacePath("/app/reports/summary.csv")
					.build()
					.toUriString());
		return "analytics/reports";
	}

	@GetMapping(path = "/app/reports/summary.csv", produces = "text/csv")
	ResponseEntity<String> csv(ReportRequest request) {
		ReportQuery query = request.toQuery(this.times.viewerZone(), this.clock);
		String name = "report-" + query.groupBy().column() + "-" + query.from() + "-" + query.to() + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(ReportCsv.of(query, this.reports.summary(query)));
	}

	/**
	 * Conversation reviews' averages over the same days, by the report's grouping where
	 * reviews have it (agent, language, market), else by market.
	 */
	private void reviews(ReportQuery query, Model model) {
		ReviewGrouping by = switch (query.groupBy()) {
			case AGENT -> ReviewGrouping.AGENT;
			case LANGUAGE -> ReviewGrouping.LANGUAGE;
			default -> ReviewGrouping.MARKET;
		};
		List<ReviewAverages> rows = this.reviews.averages(by, query.from(), query.to(), query.zone());
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		if (by == ReviewGrouping.AGENT) {
			this.agents.all().forEach(agent -> names.put(agent.id().value().toString(), agent.displayName()));
		}
		for (ReviewAverages row : rows) {
			String key = row.key();
			labels.put(key, "none".equals(key) ? text("reports.key.none") : switch (by) {
				case AGENT -> names.getOrDefault(key, key);
				case LANGUAGE -> this.languages.name(key);
				case MARKET -> this.languages.country(key);
			});
		}
		model.addAttribute("reviewGroupBy", by.key());
		model.addAttribute("reviewRows", rows);
		model.addAttribute("reviewLabels", labels);
		model.addAttribute("reviewCriteria", List.of(Criterion.values()));
	}

	/** The filters as the form's fields read them, empty when not set. */
	private static Map<String, String> filterValues(ReportQuery query) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Dimension d : Dimension.values()) {
			values.put(d.column(), query.filters().getOrDefault(d, ""));
		}
		return values;
	}

	/** Each row's key in words: a country, a language, a team or agent name. */
	private Map<String, String> labels(Dimension groupBy, List<ReportRow> rows) {
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		if (groupBy == Dimension.TEAM) {
			for (Team team : this.agents.teams()) {
				names.put(team.id().value().toString(), team.name());
			}
		}
		else if (groupBy == Dimension.AGENT) {
			for (Agent agent : this.agents.all()) {
				names.put(agent.id().value().toString(), agent.displayName());
			}
		}
		for (ReportRow row : rows) {
			String key = row.key();
			String label;
			if ("none".equals(key)) {
				label = text("reports.key.none");
			}
			else {
				label = switch (groupBy) {
					case MARKET -> this.languages.country(key);
					case LANGUAGE -> this.languages.name(key);
					case CHANNEL -> text("channel." + key.toUpperCase(Locale.ROOT));
					case TRANSLATED -> text("reports.key." + key);
					case TEAM, AGENT -> names.getOrDefault(key, key);
				};
			}
			labels.put(key, label);
		}
		return labels;
	}

	/** The languages of the markets, as tags in order. */
	private List<String> languageOptions() {
		TreeSet<String> tags = new TreeSet<>();
		for (Market market : this.markets.all()) {
			market.languages().forEach(l -> tags.add(l.value()));
		}
		return new ArrayList<>(tags);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
