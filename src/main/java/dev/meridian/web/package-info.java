/**
 * What all screens and API endpoints share: the page layout, navigation, locale and zone
 * of the viewer, problem+json errors, pagination, idempotent creation and request
 * logging. Each module's own screens and endpoints live with the module.
 */
@NullMarked
package dev.meridian.web;

import org.jspecify.annotations.NullMarked;
