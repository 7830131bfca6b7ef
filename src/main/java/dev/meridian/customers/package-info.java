/**
 * Customers and organizations: names in the customer's script and order, email and phone
 * identities, preferred language, locale, time zone and market.
 */
@NullMarked
package dev.meridian.customers;

import org.jspecify.annotations.NullMarked;
