package dev.meridian.feedback;

/**
 * What a survey asks: satisfaction with one ticket (CSAT) or how likely the customer is
 * to recommend the shop (NPS, 0–10).
 */
public enum SurveyKind {

	CSAT, NPS

}
