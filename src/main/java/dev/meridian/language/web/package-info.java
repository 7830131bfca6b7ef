/**
 * The language REST API.
 */
@NullMarked
package dev.meridian.language.web;

import org.jspecify.annotations.NullMarked;
