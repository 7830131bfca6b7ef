/**
 * The SLA policy API.
 */
@NullMarked
package dev.meridian.sla.web;

import org.jspecify.annotations.NullMarked;
