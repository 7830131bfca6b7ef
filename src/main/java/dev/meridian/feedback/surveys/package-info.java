/**
 * Surveys: when a CSAT survey is due (after the delay, in the customer's daytime), what
 * it credits, the table-backed queue that sends due surveys once per cluster, the tokens
 * of the public answer page, and the answers.
 */
@NullMarked
package dev.meridian.feedback.surveys;

import org.jspecify.annotations.NullMarked;
