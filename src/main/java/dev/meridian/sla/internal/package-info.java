/**
 * The SLA clocks: the listeners that set due times on tickets, the calendar a ticket's
 * time is counted on, and the once-per-cluster check for warnings and breaches.
 */
@NullMarked
package dev.meridian.sla.internal;

import org.jspecify.annotations.NullMarked;
