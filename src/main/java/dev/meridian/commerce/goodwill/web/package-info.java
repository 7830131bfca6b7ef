/**
 * Goodwill through the API and the supervisors' approval screen.
 */
@NullMarked
package dev.meridian.commerce.goodwill.web;

import org.jspecify.annotations.NullMarked;
