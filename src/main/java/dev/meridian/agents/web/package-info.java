/**
 * The agents, teams and API tokens REST API, and the workspace screens for availability:
 * an agent's own, and the agents list and planning page for supervisors.
 */
@NullMarked
package dev.meridian.agents.web;

import org.jspecify.annotations.NullMarked;
