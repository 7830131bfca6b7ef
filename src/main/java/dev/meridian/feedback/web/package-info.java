/**
 * The public survey page and its JSON API ({@code /feedback/{token}}, no sign-in), the
 * ticket's survey on the API, and supervisors' follow-ups, themes and campaigns.
 */
@NullMarked
package dev.meridian.feedback.web;

import org.jspecify.annotations.NullMarked;
