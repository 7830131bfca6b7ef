package dev.meridian.analytics.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import dev.meridian.analytics.RecomputedRollups;
import dev.meridian.analytics.ReportQuery;
import dev.meridian.analytics.ReportRow;
import dev.meridian.analytics.Reports;
import dev.meridian.analytics.TrendDay;
import dev.meridian.web.Times;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports on the API: {@code GET /api/v1/reports/summary} (JSON), the same as CSV
 * ({@code /api/v1/reports/summary.csv}), daily trends, and the recomputation of the
 * rollups from scratch (admins).
 */
@RestController
@Tag(name = "Reports")
class ReportApiController {

	private final Reports reports;

	private final Times times;

	private final Clock clock;

	ReportApiController(Reports reports, Times times, Clock clock) {
		this.reports = reports;
		this.times = times;
		this.clock = clock;
	}

	record Summary(String from, String to, String zone, String groupBy, List<ReportRow> rows) {
	}

	record Trend(String from, String to, String zone, List<TrendDay> days) {
	}

	/**
	 * The summary; customer retention with {@code retention=true} (the screen and the CSV
	 * always have it): it is the costly part of a long range.
	 */
	@GetMapping("/api/v1/reports/summary")
	Summary summary(ReportRequest request,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean retention) {
		ReportQuery query = query(request);
		return new Summary(query.from().toString(), query.to().toString(), query.zone().getId(),
				query.groupBy().column(), this.reports.summary(query, retention));
	}

	@GetMapping(path = "/api/v1/reports/summary.csv", produces = "text/csv")
	ResponseEntity<String> csv(ReportRequest request) {
		ReportQuery query = query(request);
		String name = "report-" + query.groupBy().column() + "-" + query.from() + "-" + query.to() + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(ReportCsv.of(query, this.reports.summary(query)));
	}

	@GetMapping("/api/v1/reports/trend")
	Trend trend(ReportRequest request) {
		ReportQuery query = query(request);
		return new Trend(query.from().toString(), query.to().toString(), query.zone().getId(),
				this.reports.trend(query));
	}

	@PostMapping("/api/v1/reports/recompute")
	RecomputedRollups recompute() {
		return this.reports.recompute();
	}

	private ReportQuery query(ReportRequest request) {
		return request.toQuery(this.times.viewerZone(), this.clock);
	}

	static String number(@Nullable Number value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return String.format(Locale.ROOT, "%.4f", d);
		}
		return value.toString();
	}

}
