package dev.meridian.analytics;

/** What a recomputation from scratch rolled up again. */
public record RecomputedRollups(long tickets, long surveyAnswers) {
}
