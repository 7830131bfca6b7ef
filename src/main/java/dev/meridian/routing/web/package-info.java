/**
 * The coverage screen and its JSON twin.
 */
@NullMarked
package dev.meridian.routing.web;

import org.jspecify.annotations.NullMarked;
