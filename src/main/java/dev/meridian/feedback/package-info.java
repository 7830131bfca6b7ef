/**
 * Feedback: CSAT surveys after a solved ticket and NPS campaigns per market, asked in the
 * customer's language and local daytime, and the loop closed with the customers who spoke
 * up. Analytics rolls up {@link dev.meridian.feedback.SurveyAnswered}.
 */
@NullMarked
package dev.meridian.feedback;

import org.jspecify.annotations.NullMarked;
