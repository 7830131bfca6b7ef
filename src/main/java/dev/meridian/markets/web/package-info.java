/**
 * The markets REST API.
 */
@NullMarked
package dev.meridian.markets.web;

import org.jspecify.annotations.NullMarked;
