/**
 * The API of customers' notification preferences.
 */
@NullMarked
package dev.meridian.notifications.web;

import org.jspecify.annotations.NullMarked;
