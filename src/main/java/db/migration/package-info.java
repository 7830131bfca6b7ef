/**
 * Flyway's Java migrations (the SQL ones live in
 * {@code src/main/resources/db/migration}): data loads that read a reviewed file instead
 * of repeating it in SQL.
 */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
