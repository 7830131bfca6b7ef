package dev.meridian.analytics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One of the viewer's days in a trend: tickets created and solved, CSAT answers. */
public record TrendDay(LocalDate day, long tickets, long solved, long csatResponses,
		@Nullable Double csatSatisfiedShare) {
}
