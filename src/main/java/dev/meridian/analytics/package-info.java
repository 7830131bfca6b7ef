/**
 * Analytics: reports on tickets, service levels, surveys and the bot by market, language,
 * channel, team, agent and translated-or-native, over the viewer's days, read from
 * per-hour rollups that the module keeps up to date from other modules' events.
 */
@NullMarked
package dev.meridian.analytics;

import org.jspecify.annotations.NullMarked;
