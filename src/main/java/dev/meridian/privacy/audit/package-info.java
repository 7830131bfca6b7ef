/**
 * The audit log: entries chained by SHA-256, the admins' API to read and check it.
 */
@NullMarked
package dev.meridian.privacy.audit;

import org.jspecify.annotations.NullMarked;
