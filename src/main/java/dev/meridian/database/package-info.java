/**
 * Where Meridian keeps its data: an embedded PostgreSQL it starts itself when nothing is
 * configured, or an external PostgreSQL named by {@code MERIDIAN_DATABASE_URL}, never a
 * silent fallback from one to the other.
 */
@NullMarked
package dev.meridian.database;

import org.jspecify.annotations.NullMarked;
