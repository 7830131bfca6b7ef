package dev.meridian.analytics.web;

import java.util.List;

import dev.meridian.analytics.ReportQuery;
import dev.meridian.analytics.ReportRow;

import static dev.meridian.analytics.web.ReportApiController.number;

/**
 * A summary as CSV (RFC 4180): the JSON's fields flattened, one row per key, numbers with
 * a dot and no grouping so spreadsheets in any locale read them. Customer retention comes
 * with the two periods it compares (the range, and as many days before it).
 */
final class ReportCsv {

	private ReportCsv() {
	}

	static String of(ReportQuery query, List<ReportRow> rows) {
		StringBuilder csv = new StringBuilder();
		csv.append(query.groupBy().column())
			.append(",tickets,solved,backlog,firstReplyMedianMinutes,firstReplyP90Minutes,")
			.append("firstReplyBusinessMedianMinutes,firstReplyBusinessP90Minutes,resolutionMedianMinutes,")
			.append("resolutionP90Minutes,resolutionBusinessMedianMinutes,resolutionBusinessP90Minutes,")
			.append("oneTouchShare,reopenRate,slaAttainment,slaFirstReplyAttainment,slaResolutionAttainment,")
			.append("csatResponses,csatSatisfiedShare,csatAverage,npsResponses,npsScore,")
			.append("botConversations,botAnswered,botHandedOff,")
			.append("retentionFrom,retentionTo,retentionCustomers,retentionReturned,retentionShare\r\n");
		for (ReportRow r : rows) {
			List<Object> cells = java.util.Arrays.asList(quote(r.key()), r.tickets(), r.solved(), r.backlog(),
					number(r.firstReply().medianMinutes()), number(r.firstReply().p90Minutes()),
					number(r.firstReply().businessMedianMinutes()), number(r.firstReply().businessP90Minutes()),
					number(r.resolution().medianMinutes()), number(r.resolution().p90Minutes()),
					number(r.resolution().businessMedianMinutes()), number(r.resolution().businessP90Minutes()),
					number(r.oneTouchShare()), number(r.reopenRate()), number(r.slaAttainment()),
					number(r.sla().firstReplyAttainment()), number(r.sla().resolutionAttainment()),
					r.csat().responses(), number(r.csat().satisfiedShare()), number(r.csat().average()),
					r.nps().responses(), number(r.nps().score()), r.bot().conversations(), r.bot().answered(),
					r.bot().handedOff());
			// Retention is only measured where the market × language projection answers:
			// empty cells elsewhere, not zeros.
			ReportRow.Retention retention = r.retention();
			cells = new java.util.ArrayList<>(cells);
			cells.addAll(retention == null ? List.of("", "", "", "", "") : List.of(query.retentionFrom(),
					query.retentionTo(), retention.customers(), retention.returned(), number(retention.share())));
			csv.append(String.join(",", cells.stream().map(String::valueOf).toList())).append("\r\n");
		}
		return csv.toString();
	}

	private static String quote(String value) {
		boolean plain = value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
		return plain ? value : "\"" + value.replace("\"", "\"\"") + "\"";
	}

}
