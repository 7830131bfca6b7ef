/**
 * Personal data handled lawfully: the audit log, subject access exports, erasure,
 * retention and redaction. The root package is the SPI every module that holds personal
 * data implements ({@link PersonalDataHolder}, {@link DataSubjects}) and the audit trail
 * every module writes to ({@link AuditTrail}); privacy itself depends on no module that
 * holds such data, so each can depend on it without a cycle.
 */
@NullMarked
package dev.meridian.privacy;

import org.jspecify.annotations.NullMarked;
