/**
 * The admin screen for the widget's settings per market, with the snippet a shop embeds.
 */
@NullMarked
package dev.meridian.channels.chat.settings.web;

import org.jspecify.annotations.NullMarked;
