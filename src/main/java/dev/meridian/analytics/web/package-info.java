/**
 * The reports API ({@code /api/v1/reports}), its CSV export, and the reports screen with
 * its server-drawn charts ({@code /app/reports}).
 */
@NullMarked
package dev.meridian.analytics.web;

import org.jspecify.annotations.NullMarked;
