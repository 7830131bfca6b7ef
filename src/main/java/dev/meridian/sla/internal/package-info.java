/**
 * The SLA clocks: each ticket's row in {@code sla_clocks}, the listeners that set its due
 * times and the promised reply time, the calendar a ticket's time is counted on, and the
 * once-per-cluster check for warnings and breaches.
 */
@NullMarked
package dev.meridian.sla.internal;

import org.jspecify.annotations.NullMarked;
