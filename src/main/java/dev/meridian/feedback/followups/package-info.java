/**
 * Follow-ups: a low CSAT or a detractor reaches the credited agent's supervisor with the
 * comment and its translation, or reopens the ticket, as configured.
 */
@NullMarked
package dev.meridian.feedback.followups;

import org.jspecify.annotations.NullMarked;
