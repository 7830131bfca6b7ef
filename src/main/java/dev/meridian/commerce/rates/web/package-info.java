/**
 * The exchange-rate API: rates entered by hand, conversions, the ECB import on demand.
 */
@NullMarked
package dev.meridian.commerce.rates.web;

import org.jspecify.annotations.NullMarked;
