/**
 * The SLA policy API, and the admin screens for SLA policies and for the business
 * calendars of markets and teams.
 */
@NullMarked
package dev.meridian.sla.web;

import org.jspecify.annotations.NullMarked;
