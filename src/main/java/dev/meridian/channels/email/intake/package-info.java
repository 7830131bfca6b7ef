/**
 * Turns a raw mail into a ticket message (threaded, loop-checked, deduplicated) or a
 * quarantine entry; nothing received is lost.
 */
@NullMarked
package dev.meridian.channels.email.intake;

import org.jspecify.annotations.NullMarked;
