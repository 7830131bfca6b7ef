/**
 * Service levels: policies that promise first reply, next reply and resolution in
 * business minutes, the clocks that run on each ticket (stopped while the customer is
 * awaited), and warnings and breaches published as events.
 */
@NullMarked
package dev.meridian.sla;

import org.jspecify.annotations.NullMarked;
