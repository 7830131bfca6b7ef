/**
 * The customers and organizations REST API.
 */
@NullMarked
package dev.meridian.customers.web;

import org.jspecify.annotations.NullMarked;
