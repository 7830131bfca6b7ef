/**
 * Demo data for the embedded mode: markets, agents, teams, customers and tickets in many
 * languages, loaded on the first start so a newcomer sees a working help desk.
 */
@NullMarked
package dev.meridian.demo;

import org.jspecify.annotations.NullMarked;
