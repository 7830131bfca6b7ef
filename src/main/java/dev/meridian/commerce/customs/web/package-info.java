/**
 * The customs API: rules and duty rates for admins, landed-cost estimates and their
 * explanations for agents.
 */
@NullMarked
package dev.meridian.commerce.customs.web;

import org.jspecify.annotations.NullMarked;
