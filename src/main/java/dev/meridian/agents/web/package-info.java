/**
 * The agents, teams and API tokens REST API.
 */
@NullMarked
package dev.meridian.agents.web;

import org.jspecify.annotations.NullMarked;
